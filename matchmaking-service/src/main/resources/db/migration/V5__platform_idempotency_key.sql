-- 幂等键改用平台统一的表结构（platform 模块的 IdempotencyKeys）：先占键、后创建，并发重复请求等待首个请求提交后得到同一结果。
-- 旧键只用于短时重试，迁移时不再保留。
drop table idempotency_key;
create table idempotency_key (
    scope         varchar(60)  not null,
    principal     varchar(100) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    resource_id   uuid         not null,
    created_at    timestamptz  not null default now(),
    primary key (scope, principal, key)
);
