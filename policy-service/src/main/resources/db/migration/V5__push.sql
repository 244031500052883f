-- 推送：站内信（已读/未读）、webhook 订阅与投递记录（重试、死信）。
-- dedup_key 唯一：同一变化（同一企业、项目、规则版本、事实版本、金额，或同一申报截止日）只推送一次。
create table notification (
    id             uuid primary key,
    enterprise_id  uuid          not null,
    program_id     uuid          references program (id) on delete set null,
    program_title  varchar(300),
    rules_version  integer,
    fact_version   bigint,
    kind           varchar(24)   not null check (kind in ('NEWLY_ELIGIBLE', 'NO_LONGER_ELIGIBLE', 'AMOUNT_CHANGED', 'DEADLINE_SOON')),
    title          varchar(300)  not null,
    body           text          not null,
    amount_min     numeric(16, 2),
    amount_max     numeric(16, 2),
    deadline       date,
    dedup_key      varchar(300)  not null unique,
    created_at     timestamptz   not null default now(),
    read_at        timestamptz
);
create index notification_enterprise_idx on notification (enterprise_id, created_at desc);
create index notification_unread_idx on notification (enterprise_id) where read_at is null;

create table webhook (
    id             uuid primary key,
    enterprise_id  uuid          not null,
    url            varchar(2000) not null,
    secret         varchar(100)  not null,
    active         boolean       not null default true,
    created_at     timestamptz   not null default now(),
    created_by     varchar(100)
);
create index webhook_enterprise_idx on webhook (enterprise_id) where active;

create table webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid          not null references webhook (id) on delete cascade,
    notification_id  uuid          not null references notification (id) on delete cascade,
    status           varchar(16)   not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null default now(),
    last_status      integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz   not null default now(),
    unique (webhook_id, notification_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_dead_idx on webhook_delivery (created_at) where status = 'DEAD';
