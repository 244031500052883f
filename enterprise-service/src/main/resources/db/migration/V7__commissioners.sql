-- 服务专员：分配记录带专员姓名（Keycloak 仍是身份的来源）；走访记录含方式、摘要、科技需求与后续跟进。
alter table commissioner_assignment add column commissioner_name varchar(50);
alter table commissioner_assignment add column assigned_by varchar(100);

create table commissioner_visit (
    id                   uuid primary key,
    enterprise_id        uuid         not null references enterprise (id) on delete cascade,
    commissioner_subject varchar(64)  not null,
    commissioner_name    varchar(100),
    visited_on           date         not null,
    mode                 varchar(20)  not null,
    summary              varchar(1000) not null,
    tech_needs           varchar(2000),
    follow_up            varchar(1000),
    created_at           timestamptz  not null default now()
);
create index commissioner_visit_enterprise_idx on commissioner_visit (enterprise_id, visited_on desc);
create index commissioner_visit_subject_idx on commissioner_visit (commissioner_subject, visited_on desc);
