-- 申报 → 审核 → 兑付。One open application per enterprise and program (a rejected one may be followed by a new one).
create table application (
    id                uuid primary key,
    enterprise_id     uuid           not null,
    program_id        uuid           not null references program (id),
    rules_version     integer        not null,
    status            varchar(16)    not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    form              jsonb          not null,
    attachments       jsonb          not null default '[]',
    requested_amount  numeric(16, 2) check (requested_amount is null or requested_amount >= 0),
    estimate_min      numeric(16, 2),
    estimate_max      numeric(16, 2),
    approved_amount   numeric(16, 2) check (approved_amount is null or approved_amount >= 0),
    submitted_at      timestamptz    not null default now(),
    submitted_by      varchar(100),
    decided_at        timestamptz,
    decided_by        varchar(100),
    decision_reason   text,
    paid_at           timestamptz,
    paid_amount       numeric(16, 2) check (paid_amount is null or paid_amount > 0),
    payout_reference  varchar(100),
    version           bigint         not null default 0
);
create unique index application_open_idx on application (enterprise_id, program_id) where status <> 'REJECTED';
create index application_program_idx on application (program_id, status);
create index application_status_idx on application (status, submitted_at);
