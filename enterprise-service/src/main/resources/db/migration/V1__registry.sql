-- 企业库：平台上每家企业的身份。Later migrations add profile details, figures, tiers and pools.
create table enterprise (
    id            uuid primary key,
    credit_code   char(18)     not null,
    name          varchar(200) not null,
    district_code varchar(6)   not null,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint enterprise_credit_code_unique unique (credit_code)
);
create index enterprise_district_idx on enterprise (district_code);

-- 服务专员与其负责企业的对应（一名专员对应两家企业为目标）。
create table commissioner_assignment (
    enterprise_id        uuid        not null references enterprise (id),
    commissioner_subject varchar(64) not null,
    assigned_at          timestamptz not null default now(),
    primary key (enterprise_id, commissioner_subject)
);
create index commissioner_assignment_subject_idx on commissioner_assignment (commissioner_subject);
