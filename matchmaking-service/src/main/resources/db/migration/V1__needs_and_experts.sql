-- 技术需求：企业发布，公开摘要对外可见，私密细节在双方同意后才显示。
create table tech_need (
    id             uuid primary key,
    enterprise_id  uuid          not null,
    title          varchar(200)  not null,
    public_summary varchar(2000) not null,
    private_detail text,
    status         varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'PAUSED', 'CLOSED')),
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);
create index tech_need_enterprise_idx on tech_need (enterprise_id);
create index tech_need_status_idx on tech_need (status);

-- 专家：隶属某高校，研究方向为中文文本。
create table expert (
    id                  uuid primary key,
    university_id       uuid         not null,
    name                varchar(100) not null,
    title               varchar(50),
    research_directions text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create index expert_university_idx on expert (university_id);
