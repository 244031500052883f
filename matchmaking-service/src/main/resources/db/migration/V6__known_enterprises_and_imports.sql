-- 已知企业读模型补充统一社会信用代码与名称（取自 enterprise.registered / enterprise.changed 快照），
-- 供“为不存在的企业登记需求”的校验与批量导入按信用代码或名称指认企业。旧行在下一个事件到达时补齐。
alter table enterprise_version
    add column credit_code varchar(18),
    add column name        varchar(200);
create index enterprise_version_credit_code_idx on enterprise_version (credit_code);
create index enterprise_version_name_idx on enterprise_version (name);

-- 批量导入（高校、团队、专家、需求；XLSX 或 JSON Lines）：任务与进度。
create table import_job (
    id              uuid primary key,
    kind            varchar(20)  not null,
    filename        varchar(200),
    status          varchar(20)  not null,
    total           integer      not null default 0,
    done            integer      not null default 0,
    created         integer      not null default 0,
    updated         integer      not null default 0,
    unchanged       integer      not null default 0,
    failed          integer      not null default 0,
    to_confirm      integer      not null default 0,
    defaulted       integer      not null default 0,
    ignored_columns varchar(1000),
    message         varchar(500),
    created_by      varchar(100),
    created_at      timestamptz  not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);

-- 逐行结果中需要人看的行：错误（FAILED）与待确认（CONFIRM：疑似同一单位），以及确认后的结果。
-- 待确认行保存解析后的字段（data），确认时据此写入，无需重新上传。
create table import_row (
    id             bigserial    primary key,
    job_id         uuid         not null references import_job (id) on delete cascade,
    row_no         integer      not null,
    status         varchar(20)  not null,
    column_name    varchar(100),
    message        varchar(500) not null,
    candidate_id   uuid,
    candidate_name varchar(200),
    data           jsonb,
    decided_by     varchar(100),
    decided_at     timestamptz
);
create index import_row_job_idx on import_row (job_id, row_no);

-- 高校别名：导入时管理员确认“同一单位”后记下（规范化后的名称 → 已有高校），再次导入同一文件时直接对应，不再询问。
create table university_alias (
    alias_key      varchar(200) primary key,
    university_id  uuid         not null references university (id) on delete cascade,
    created_by     varchar(100),
    created_at     timestamptz  not null default now()
);
