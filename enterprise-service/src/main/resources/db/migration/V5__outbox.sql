-- 事件发件箱：与业务变更在同一事务中写入；中继（单实例，PostgreSQL 咨询锁）按 seq 顺序发布到 RabbitMQ 后标记已发送。
create table outbox (
    id           uuid primary key,
    seq          bigserial    not null unique,
    aggregate_id uuid         not null,
    type         varchar(60)  not null,
    version      bigint       not null,
    payload      jsonb        not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   varchar(500)
);
create index outbox_unsent_idx on outbox (seq) where sent_at is null;
create index outbox_aggregate_idx on outbox (aggregate_id, seq);
