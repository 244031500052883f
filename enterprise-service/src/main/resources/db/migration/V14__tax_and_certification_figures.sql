-- 年度指标补充：一站直达的税收优惠与高新技术企业、科技型中小企业评价所需、企业自己知道而此前无处填报的数字。
-- 应纳税所得额可为负（亏损）；其余不为负。对应的事实（比重）由 policy-service 从这些数字计算，不存储。
alter table year_figures
    add column taxable_income       numeric(16,2),
    add column tech_staff           integer       check (tech_staff >= 0),
    add column high_tech_revenue    numeric(16,2) check (high_tech_revenue >= 0),
    add column domestic_rd_spending numeric(16,2) check (domestic_rd_spending >= 0),
    add column total_costs          numeric(16,2) check (total_costs >= 0);
