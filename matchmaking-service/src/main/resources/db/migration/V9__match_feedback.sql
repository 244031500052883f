-- 匹配反馈：意向、接受、婉拒（及原因）、合作签约、合作完成或终止，各记为导致它的那次匹配的反馈，
-- 带上表达意向时该专家在需求排序中的名次与各特征的取值（只有数值，没有任何需求文本）。
alter table interest
    add column decline_reason_code varchar(24),
    add column decline_reason      varchar(500);

create table match_feedback (
    id              uuid primary key,
    need_id         uuid         not null,
    expert_id       uuid         not null,
    interest_id     uuid,
    cooperation_id  uuid,
    event           varchar(16)  not null check (event in ('INTEREST', 'ACCEPTED', 'DECLINED', 'SIGNED', 'FINISHED', 'FAILED')),
    actor           varchar(100) not null,
    reason_code     varchar(24),
    reason          varchar(500),
    rank            int,
    features        jsonb,
    created_at      timestamptz  not null default now()
);
create index match_feedback_pair_idx on match_feedback (need_id, expert_id);
create index match_feedback_created_idx on match_feedback (created_at);
