-- 列表筛选：名称子串（pg_trgm，受信任扩展，库所有者可建）及常用筛选列。
create extension if not exists pg_trgm;
create index enterprise_name_trgm_idx on enterprise using gin (name gin_trgm_ops);
create index enterprise_park_idx on enterprise (park);
create index enterprise_industry_idx on enterprise (industry_code);
