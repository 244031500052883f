-- 排序权重的版本：夜间任务从匹配反馈学得的权重，在评测集测试部分上不比现行差才生效；管理员可一键回滚。
create table ranking_weights (
    version         int primary key,
    weights         jsonb         not null,
    status          varchar(16)   not null check (status in ('ACTIVE', 'RETIRED', 'REJECTED', 'ROLLED_BACK')),
    examples        int           not null default 0,
    effective       double precision not null default 0,
    current_ndcg    double precision,
    proposed_ndcg   double precision,
    note            varchar(500),
    created_at      timestamptz   not null default now(),
    activated_at    timestamptz
);
create unique index ranking_weights_one_active on ranking_weights (status) where status = 'ACTIVE';
