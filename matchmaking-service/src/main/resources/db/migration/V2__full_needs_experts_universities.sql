-- 高校：驻淮高校与江苏高校会在"就近"偏好中加分。
create table university (
    id           uuid primary key,
    name         varchar(100) not null unique,
    city         varchar(50)  not null,
    province     varchar(50)  not null,
    in_huaian    boolean      not null default false,
    in_jiangsu   boolean      not null default false,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

-- 科研团队：隶属一所高校，由若干专家组成。
create table research_team (
    id             uuid primary key,
    university_id  uuid         not null references university (id),
    name           varchar(100) not null,
    leader_id      uuid,
    description    varchar(2000),
    disciplines    text[]       not null default '{}',
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index research_team_university_idx on research_team (university_id);

-- 专家：完整档案。学科为国家自然科学基金申请代码，成果为 JSON 列表。
alter table expert
    add column college               varchar(100),
    add column team_id               uuid references research_team (id),
    add column disciplines           text[]      not null default '{}',
    add column clusters              text[]      not null default '{}',
    add column achievements          jsonb       not null default '[]',
    add column capacity              int         not null default 2 check (capacity between 0 and 50),
    add column willing_vice_president boolean    not null default false,
    add column in_huaian             boolean     not null default false,
    add column in_jiangsu            boolean     not null default false,
    add column embedding             real[],
    add column embedding_hash        varchar(64);
create index expert_team_idx on expert (team_id);

-- 技术需求：完整字段。
alter table tech_need
    add column description        text,
    add column nsfc_codes         text[]        not null default '{}',
    add column industry_code      varchar(8),
    add column cluster            varchar(32),
    add column cooperation_mode   varchar(32)   not null default 'TECH_DEVELOPMENT',
    add column budget_min         numeric(14,2),
    add column budget_max         numeric(14,2),
    add column deadline           date,
    add column region_preference  varchar(16)   not null default 'ANY' check (region_preference in ('ANY', 'HUAIAN', 'JIANGSU')),
    add column recorded_by        varchar(64),
    add column embedding          real[],
    add column embedding_hash     varchar(64),
    add constraint tech_need_budget_chk check (budget_min is null or budget_max is null or budget_min <= budget_max);

-- 服务专员与其负责企业（企业服务的读模型，由事件维护）。
create table commissioner_assignment (
    commissioner_subject varchar(64) not null,
    enterprise_id        uuid        not null,
    primary key (commissioner_subject, enterprise_id)
);

-- 检索发件箱：写库同一事务内登记，由任务推送到 Elasticsearch；ES 不可用时在此等待。
create table search_outbox (
    id           bigserial   primary key,
    doc_kind     varchar(16) not null check (doc_kind in ('NEED', 'EXPERT')),
    doc_id       uuid        not null,
    enqueued_at  timestamptz not null default now(),
    attempts     int         not null default 0,
    last_error   varchar(500)
);
create index search_outbox_doc_idx on search_outbox (doc_kind, doc_id);

-- 幂等键：创建接口重复提交时返回第一次的结果。
create table idempotency_key (
    key         varchar(100) not null,
    subject     varchar(64)  not null,
    resource    varchar(32)  not null,
    resource_id uuid         not null,
    created_at  timestamptz  not null default now(),
    primary key (subject, key)
);

-- 审计日志：谁在何时对什么做了什么。
create table audit_log (
    id          bigserial   primary key,
    at          timestamptz not null default now(),
    actor       varchar(64) not null,
    action      varchar(64) not null,
    entity      varchar(32) not null,
    entity_id   uuid        not null,
    detail      jsonb       not null default '{}'
);
create index audit_log_entity_idx on audit_log (entity, entity_id);

-- 合作意向：专家（或其高校代为）对需求表达意向，企业接受或婉拒；接受后双方可见联系方式与保密细节。
create table interest (
    id            uuid primary key,
    need_id       uuid         not null references tech_need (id),
    expert_id     uuid         not null references expert (id),
    created_by    varchar(64)  not null,
    message       varchar(1000),
    status        varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decided_at    timestamptz,
    decided_by    varchar(64),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    unique (need_id, expert_id)
);
create index interest_expert_idx on interest (expert_id);

-- 合作记录：意向被接受后登记，含类型、金额、起止日期、状态与成效评分（1–5）。
create table cooperation_record (
    id            uuid primary key,
    interest_id   uuid         not null unique references interest (id),
    need_id       uuid         not null references tech_need (id),
    expert_id     uuid         not null references expert (id),
    enterprise_id uuid         not null,
    mode          varchar(32)  not null,
    amount        numeric(14,2),
    start_date    date,
    end_date      date,
    status        varchar(16)  not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    outcome       varchar(1000),
    rating        int check (rating between 1 and 5),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index cooperation_expert_idx on cooperation_record (expert_id);
