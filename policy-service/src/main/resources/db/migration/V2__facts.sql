-- 企业读模型：enterprise-service 事件（enterprise.registered / enterprise.changed）喂入的快照。
-- One row per enterprise: the last snapshot applied, its version (older events are ignored), and
-- the fact values derived from it in the rule engine's vocabulary (see facts/FactDerivation).
create table enterprise_fact (
    enterprise_id  uuid primary key,
    version        bigint       not null,
    credit_code    varchar(18)  not null,
    name           varchar(300) not null,
    district_code  varchar(6),
    cluster        varchar(40),
    tier           varchar(40),
    snapshot       jsonb        not null,
    facts          jsonb        not null,
    updated_at     timestamptz  not null,
    received_at    timestamptz  not null default now()
);
create index enterprise_fact_district_idx on enterprise_fact (district_code);

-- 已处理事件：at-least-once delivery is made idempotent by the event id.
create table processed_event (
    event_id       uuid primary key,
    type           varchar(60)  not null,
    enterprise_id  uuid,
    version        bigint,
    applied        boolean      not null,
    received_at    timestamptz  not null default now()
);
create index processed_event_received_idx on processed_event (received_at);
