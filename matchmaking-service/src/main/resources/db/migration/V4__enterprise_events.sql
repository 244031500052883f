-- 企业事件（enterprise-service 发布，本服务自有队列 matchmaking-service.enterprise-events 消费）：
-- 事件 ID 去重（至少一次投递），以及每家企业已应用的最高版本（更旧的快照不覆盖更新的）。
create table processed_event (
    event_id       uuid primary key,
    type           varchar(60)  not null,
    enterprise_id  uuid,
    version        bigint,
    applied        boolean      not null,
    received_at    timestamptz  not null default now()
);
create index processed_event_received_idx on processed_event (received_at);

create table enterprise_version (
    enterprise_id  uuid primary key,
    version        bigint       not null,
    applied_at     timestamptz  not null default now()
);

create index commissioner_assignment_enterprise_idx on commissioner_assignment (enterprise_id);
