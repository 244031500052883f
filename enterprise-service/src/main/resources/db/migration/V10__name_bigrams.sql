-- 中文名称子串检索：pg_trgm 对两个汉字的检索词提取不出三元组，只能全表扫描。改为“二元组数组 + GIN”：
-- 名称的全部相邻二字组存入生成列，检索词的二字组须全部包含于其中（再以 LIKE 精确确认）。
create function zjtx_bigrams(s text) returns varchar[]
    language sql immutable parallel safe
    return array(select distinct substr(s, i, 2)::varchar from generate_series(1, greatest(char_length(s) - 1, 1)) as i);

alter table enterprise add column name_grams varchar[] generated always as (zjtx_bigrams(name)) stored;
create index enterprise_name_grams_idx on enterprise using gin (name_grams);
drop index if exists enterprise_name_trgm_idx;
