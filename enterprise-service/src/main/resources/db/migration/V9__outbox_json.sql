-- 发件箱载荷只被原样转发，不在库内查询：json 比 jsonb 写入更便宜（无需转换为二进制格式）。
alter table outbox alter column payload type json using payload::json;
