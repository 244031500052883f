-- 需人工核验：criteria the platform cannot know (无重大事故、未列入失信名单、划型…) are recorded by an
-- admin per enterprise and check id (the same check id means the same fact about the firm in every
-- program that names it). A result whose automatic criteria hold while checks are pending is
-- PENDING_VERIFICATION (符合（待核验 N 项）), never ELIGIBLE by default.
create table manual_verification (
    enterprise_id  uuid          not null,
    check_id       varchar(60)   not null,
    passed         boolean       not null,
    note           varchar(500),
    recorded_by    varchar(100),
    recorded_at    timestamptz   not null default now(),
    primary key (enterprise_id, check_id)
);

alter table match_result drop constraint if exists match_result_status_check;
alter table match_result alter column status type varchar(24);
alter table match_result add constraint match_result_status_check
    check (status in ('ELIGIBLE', 'PENDING_VERIFICATION', 'NOT_ELIGIBLE', 'UNKNOWN'));
alter table match_result add column pending_checks jsonb not null default '[]';
