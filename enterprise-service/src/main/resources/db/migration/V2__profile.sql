-- 企业完整档案：成立日期、镇街、园区、地址、国民经济行业分类（GB/T 4754-2017 小类）、7+3 集群（由映射表推导）、
-- 主导产品、细分市场及从业年限、产业链位置、联系人。
alter table enterprise
    add column founded_on     date,
    add column town_code      varchar(9),
    add column park           varchar(40),
    add column address        varchar(200),
    add column industry_code  varchar(4),
    add column cluster_code   varchar(40),
    add column main_product   varchar(100),
    add column niche_market   varchar(100),
    add column niche_years    integer,
    add column chain_position varchar(20),
    add column contacts       jsonb not null default '[]'::jsonb;
alter table enterprise alter column credit_code type varchar(18);

create index enterprise_cluster_idx on enterprise (cluster_code);
create index enterprise_name_idx on enterprise (name, id);

-- 7+3 集群映射：GB/T 4754-2017 代码前缀（2 位大类、3 位中类或 4 位小类）→ 集群；最长前缀优先。管理员可编辑。
create table cluster_mapping (
    prefix       varchar(4)  primary key check (prefix ~ '^[0-9]{2,4}$'),
    cluster_code varchar(40) not null,
    updated_at   timestamptz not null default now(),
    updated_by   varchar(100)
);

insert into cluster_mapping (prefix, cluster_code) values
    -- 智能装备及新能源：通用、专用设备，电气机械（含光伏、风电设备），仪器仪表，发电中的风电与光伏
    ('34', 'intelligent-equipment'), ('35', 'intelligent-equipment'), ('38', 'intelligent-equipment'),
    ('40', 'intelligent-equipment'), ('4415', 'intelligent-equipment'), ('4416', 'intelligent-equipment'),
    -- 新能源汽车及零部件：汽车制造，锂离子电池
    ('36', 'nev'), ('3841', 'nev'),
    -- 纤维新材料：化学纤维，玻璃纤维及其增强塑料制品，合成纤维单体
    ('28', 'fiber-materials'), ('3061', 'fiber-materials'), ('3062', 'fiber-materials'), ('2653', 'fiber-materials'),
    -- 化工新材料：化学原料和化学制品，橡胶和塑料制品
    ('26', 'chemical-materials'), ('29', 'chemical-materials'),
    -- PCB 电子元器件：计算机、通信和其他电子设备制造（集成电路与智能硬件除外）
    ('39', 'pcb-electronics'),
    -- 绿色食品：农副食品加工，食品制造，酒、饮料和精制茶
    ('13', 'green-food'), ('14', 'green-food'), ('15', 'green-food'),
    -- 生物技术及新医药：医药制造，医疗仪器设备及器械
    ('27', 'biomedicine'), ('358', 'biomedicine'),
    -- 人工智能：工业机器人、特殊作业机器人、智能无人飞行器、服务消费机器人
    ('3491', 'ai'), ('3492', 'ai'), ('3963', 'ai'), ('3964', 'ai'),
    -- 集成电路：集成电路制造与设计，半导体器件专用设备
    ('3973', 'ic'), ('6520', 'ic'), ('3562', 'ic'),
    -- 新兴数字产业：电信与互联网，软件和信息技术服务（集成电路设计除外）
    ('63', 'digital'), ('64', 'digital'), ('65', 'digital');

-- 创建请求的幂等键：同一用户用同一 Idempotency-Key 重放时返回第一次的结果。
create table idempotency_key (
    subject       varchar(100) not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    resource_id   uuid         not null,
    created_at    timestamptz  not null default now(),
    primary key (subject, idem_key)
);
