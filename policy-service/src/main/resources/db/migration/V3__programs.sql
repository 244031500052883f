-- 项目目录补全：政策要素（类别、部门、文号、条款原文、适用区域、有效期、申报截止、预算、免申即享）与规则版本。
alter table program
    add column code              varchar(100),
    add column summary           text,
    add column clause_text       text,
    add column region_level      varchar(16)   not null default 'CITY' check (region_level in ('CITY', 'DISTRICT')),
    add column district_code     varchar(6),
    add column apply_deadline    date,
    add column budget            numeric(16, 2) check (budget is null or budget >= 0),
    add column exempt_application boolean      not null default false,
    add column rules_version     integer       not null default 0,
    add column published_at      timestamptz,
    add column created_by        varchar(100);
update program set code = id::text where code is null;
alter table program alter column code set not null;
create unique index program_code_idx on program (code);
alter table program add constraint program_category_check
    check (category is null or category in ('产业', '税费', '投资', '融资', '奖励', '补贴', '创业', '创新', '人才'));
alter table program add constraint program_validity_check
    check (valid_from is null or valid_to is null or valid_from <= valid_to);

-- 规则版本：每次规则变化生成新版本，判定结果引用版本号；旧版本保留以便追溯。
create table program_version (
    id          uuid primary key,
    program_id  uuid         not null references program (id) on delete cascade,
    number      integer      not null,
    rules       jsonb        not null,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100),
    unique (program_id, number)
);

-- 幂等键：同一用户用同一 Idempotency-Key 重复提交创建请求，得到同一个资源。
create table idempotency_key (
    scope         varchar(60)  not null,
    principal     varchar(100) not null,
    key           varchar(200) not null,
    request_hash  varchar(64)  not null,
    resource_id   uuid         not null,
    created_at    timestamptz  not null default now(),
    primary key (scope, principal, key)
);
