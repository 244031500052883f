-- 导入任务：异步执行，记录进度（已处理行数/总行数）与逐行错误（行号、列名、中文说明）。
create table import_job (
    id            uuid primary key,
    kind          varchar(20)  not null,
    filename      varchar(200),
    status        varchar(20)  not null,
    total         integer      not null default 0,
    done          integer      not null default 0,
    created       integer      not null default 0,
    updated       integer      not null default 0,
    unchanged     integer      not null default 0,
    failed        integer      not null default 0,
    ignored_columns varchar(1000),
    message       varchar(500),
    created_by    varchar(100),
    created_at    timestamptz  not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz
);

create table import_error (
    job_id      uuid         not null references import_job (id) on delete cascade,
    row_no      integer      not null,
    column_name varchar(100),
    message     varchar(500) not null
);
create index import_error_job_idx on import_error (job_id, row_no);
