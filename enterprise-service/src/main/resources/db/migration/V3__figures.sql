-- 年度指标：每家企业每年一行。金额以元计（numeric），比率以百分数计（0–100）。派生指标（研发投入占比、增长率、
-- 资产负债率、两年平均）不存储，由 figures.FigureMath 计算。
create table year_figures (
    enterprise_id        uuid          not null references enterprise (id) on delete cascade,
    year                 smallint      not null check (year between 1990 and 2100),
    revenue              numeric(16,2) check (revenue >= 0),
    main_revenue         numeric(16,2) check (main_revenue >= 0),
    rd_spending          numeric(16,2) check (rd_spending >= 0),
    rd_staff             integer       check (rd_staff >= 0),
    total_staff          integer       check (total_staff >= 0),
    total_assets         numeric(16,2) check (total_assets >= 0),
    total_liabilities    numeric(16,2) check (total_liabilities >= 0),
    invention_patents    integer       check (invention_patents >= 0),
    utility_patents      integer       check (utility_patents >= 0),
    design_patents       integer       check (design_patents >= 0),
    ip_class1            integer       check (ip_class1 >= 0),
    ip_class2            integer       check (ip_class2 >= 0),
    new_equity_financing numeric(16,2) check (new_equity_financing >= 0),
    cnc_rate             numeric(5,2)  check (cnc_rate between 0 and 100),
    mgmt_digital_rate    numeric(5,2)  check (mgmt_digital_rate between 0 and 100),
    rd_tool_rate         numeric(5,2)  check (rd_tool_rate between 0 and 100),
    cloud_star           smallint      check (cloud_star between 0 and 5),
    version              bigint        not null default 0,
    updated_at           timestamptz   not null default now(),
    primary key (enterprise_id, year)
);
create index year_figures_year_revenue_idx on year_figures (year, revenue);
