-- 检索索引待办：项目变化时在同一事务里记下待（重新）索引的项目；索引任务取走后删除。
-- Elasticsearch holds nothing that cannot be rebuilt from PostgreSQL.
create table search_outbox (
    program_id   uuid primary key,
    queued_at    timestamptz not null default now(),
    attempts     integer     not null default 0,
    last_error   text
);
