-- 指标阈值筛选多以营业收入下限开头：把营业收入放进索引键，其余筛选列放进 INCLUDE，范围扫描即可完成。
drop index if exists year_figures_filter_idx;
drop index if exists year_figures_year_revenue_idx;
create index year_figures_filter_idx on year_figures (year, revenue)
    include (enterprise_id, rd_spending, total_assets, total_liabilities, invention_patents, total_staff);
