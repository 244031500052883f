-- 列表筛选在 10 万家企业规模下的覆盖索引：梯度/资质、指标阈值、按更新时间排序、信用代码前缀。
create index qualification_held_idx on qualification (kind, enterprise_id) include (granted_on, review_on, revoked_on, level);
drop index if exists qualification_kind_idx;
create index year_figures_filter_idx on year_figures (year, enterprise_id)
    include (revenue, rd_spending, total_assets, total_liabilities, invention_patents, total_staff);
create index enterprise_updated_idx on enterprise (updated_at desc, id);
create index enterprise_credit_code_prefix_idx on enterprise (credit_code varchar_pattern_ops);
