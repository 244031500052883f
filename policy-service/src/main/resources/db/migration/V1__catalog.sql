-- 政策与梯度项目目录。A program is a policy (惠企政策) or a certification program (梯度认定);
-- its rules and versions are added by later migrations.
create table program (
    id            uuid primary key,
    kind          varchar(16)  not null check (kind in ('POLICY', 'CERTIFICATION')),
    title         varchar(300) not null,
    category      varchar(16),
    department    varchar(100),
    doc_number    varchar(100),
    status        varchar(16)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    valid_from    date,
    valid_to      date,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index program_status_kind_idx on program (status, kind);
