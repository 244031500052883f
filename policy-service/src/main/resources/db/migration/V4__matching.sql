-- 判定结果：每家企业对每个（适用的、已发布的）项目的当前结论，引用规则版本与企业事实版本。
create table match_result (
    enterprise_id  uuid          not null,
    program_id     uuid          not null references program (id) on delete cascade,
    rules_version  integer       not null,
    fact_version   bigint        not null,
    status         varchar(16)   not null check (status in ('ELIGIBLE', 'NOT_ELIGIBLE', 'UNKNOWN')),
    amount_min     numeric(16, 2) not null,
    amount_max     numeric(16, 2) not null,
    missing_facts  jsonb         not null default '[]',
    computed_at    timestamptz   not null default now(),
    changed_at     timestamptz   not null default now(),
    primary key (enterprise_id, program_id)
);
create index match_result_program_idx on match_result (program_id, status);

-- 重匹配任务：批量（项目发布或变更）与增量（企业变更），由一个持有咨询锁的执行者依次运行；
-- cursor 记录批量任务已完成到哪家企业，中断后从那里继续。
create table match_job (
    id            uuid primary key,
    kind          varchar(16)  not null check (kind in ('PROGRAM', 'ENTERPRISE', 'ALL')),
    target_id     uuid,
    status        varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    requested_at  timestamptz  not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    cursor_id     uuid,
    pairs         bigint       not null default 0,
    changes       integer      not null default 0,
    error         text
);
create unique index match_job_pending_idx
    on match_job (kind, coalesce(target_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'PENDING';
create index match_job_status_idx on match_job (status, requested_at);
