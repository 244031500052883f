-- 科技副总作为独立的匹配：岗位写明企业的主导产品与发展规划、任期与到岗安排；专家写明产业经历；
-- 企业事件带来企业所在区县与主导产品（岗位的默认产品线、测算通勤距离）。
alter table vp_seat
    add column main_product_line varchar(200),
    add column development_plan  varchar(1000),
    add column term_months       int check (term_months between 6 and 60),
    add column days_per_month    int check (days_per_month between 1 and 22);

alter table expert
    add column industry_experience varchar(1000);

alter table enterprise_version
    add column district_code varchar(6),
    add column main_product  varchar(100);
