-- 走访中由服务专员代企业登记的需求：记下专员的用户名与对应的走访记录（走访记录在 enterprise-service）。
alter table tech_need add column recorded_by_name varchar(100);
alter table tech_need add column visit_id uuid;
