-- 管理操作审计：网关的管理接口（用户、绑定、专员分配）每次写操作留一条记录。
create table admin_audit (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    actor       varchar(64)  not null,
    action      varchar(64)  not null,
    target      varchar(200),
    detail      jsonb,
    request_id  varchar(128)
);
create index admin_audit_at_idx on admin_audit (at desc);
