-- 资质与梯度：每条为一次认定（级别、批次、认定日期、复核日期），撤销时记日期与原因。“当前有效”＝未撤销且
-- 未过复核日期。梯度四级（创新型中小企业 → 专精特新中小企业 → 小巨人 → 单项冠军）也是资质。
create table qualification (
    id            uuid primary key,
    enterprise_id uuid         not null references enterprise (id) on delete cascade,
    kind          varchar(40)  not null,
    level         varchar(20),
    batch         varchar(60),
    granted_on    date         not null,
    review_on     date,
    revoked_on    date,
    revoke_reason varchar(200),
    note          varchar(200),
    created_at    timestamptz  not null default now(),
    created_by    varchar(100),
    check (review_on is null or review_on >= granted_on),
    check (revoked_on is null or revoked_on >= granted_on)
);
create index qualification_enterprise_idx on qualification (enterprise_id);
create index qualification_kind_idx on qualification (kind, enterprise_id) where revoked_on is null;

-- 培育库（动态管理）：入库、出库均有日期与原因；同一企业同一库同时只有一条在库记录。
create table pool (
    code varchar(40) primary key,
    name varchar(60) not null,
    ord  smallint    not null
);
insert into pool (code, name, ord) values
    ('high-tech', '高新技术企业库', 1),
    ('listing', '上市企业培育库', 2),
    ('tech-center', '市级以上企业技术中心库', 3),
    ('unicorn', '独角兽企业库', 4),
    ('chain-leader', '产业链龙头企业库', 5),
    ('innovative-sme-candidates', '创新型中小企业培育库', 6),
    ('srdi-sme-candidates', '专精特新中小企业培育库', 7),
    ('little-giant-candidates', '专精特新“小巨人”培育库', 8),
    ('single-champion-candidates', '制造业单项冠军培育库', 9);

create table pool_entry (
    id            uuid primary key,
    enterprise_id uuid         not null references enterprise (id) on delete cascade,
    pool_code     varchar(40)  not null references pool (code),
    entered_on    date         not null,
    entry_reason  varchar(200) not null,
    exited_on     date,
    exit_reason   varchar(200),
    created_at    timestamptz  not null default now(),
    created_by    varchar(100),
    check (exited_on is null or exited_on >= entered_on),
    check ((exited_on is null) = (exit_reason is null))
);
create unique index pool_entry_open_idx on pool_entry (enterprise_id, pool_code) where exited_on is null;
create index pool_entry_pool_idx on pool_entry (pool_code, enterprise_id) where exited_on is null;
