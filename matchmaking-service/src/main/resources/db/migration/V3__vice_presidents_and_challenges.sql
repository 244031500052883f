-- 科技副总：企业发布岗位（可设多个席位），专家申请，管理员按总匹配度最优分配。
create table vp_seat (
    id            uuid primary key,
    enterprise_id uuid          not null,
    title         varchar(100)  not null,
    description   varchar(2000) not null,
    nsfc_codes    text[]        not null default '{}',
    cluster       varchar(32),
    seats         int           not null check (seats between 1 and 10),
    status        varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now()
);

create table vp_application (
    id          uuid primary key,
    seat_id     uuid          not null references vp_seat (id),
    expert_id   uuid          not null references expert (id),
    statement   varchar(1000),
    status      varchar(16)   not null default 'PENDING' check (status in ('PENDING', 'ASSIGNED', 'NOT_ASSIGNED')),
    score       double precision,
    created_at  timestamptz   not null default now(),
    unique (seat_id, expert_id)
);

-- 揭榜比拼：管理员发布榜单（关键技术难题、奖励、截止日期），团队揭榜投标，管理员评分并公布结果。
create table challenge (
    id            uuid primary key,
    list_name     varchar(100)  not null,
    title         varchar(200)  not null,
    description   varchar(5000) not null,
    reward        numeric(14,2) not null check (reward >= 0),
    deadline      date          not null,
    status        varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'SCORING', 'PUBLISHED')),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now()
);

create table challenge_bid (
    id            uuid primary key,
    challenge_id  uuid          not null references challenge (id),
    team_id       uuid          not null references research_team (id),
    proposal      varchar(5000) not null,
    score         numeric(5,2)  check (score between 0 and 100),
    winner        boolean       not null default false,
    created_at    timestamptz   not null default now(),
    unique (challenge_id, team_id)
);
