-- 目标看板 at 100,000 firms (docs/benchmarks/portal.md): run against an enterprise-service database that holds the
-- 2,000 demo firms (a fresh database with ZJTX_DEMO_ENABLED=true), never against a real one. It adds 49 copies of
-- every firm with its qualifications, yearly figures and commissioner assignments (the copies' commissioners are
-- new subjects), so the tier, cluster and district distribution stays the demo's. Nothing goes through the outbox:
-- no event is published for the copies.
create temp table m as select e.id as old, gen_random_uuid() as new, n from enterprise e cross join generate_series(1, 49) n;
insert into enterprise (id, credit_code, name, district_code, version, created_at, updated_at, founded_on, town_code, park, address, industry_code, cluster_code, main_product, niche_market, niche_years, chain_position, contacts)
select m.new, upper(substr(md5(m.new::text), 1, 18)), e.name || '（' || m.n || '）', e.district_code, 0, now(), now(), e.founded_on, e.town_code, e.park, e.address, e.industry_code, e.cluster_code, e.main_product, e.niche_market, e.niche_years, e.chain_position, e.contacts
from m join enterprise e on e.id = m.old;
insert into qualification (id, enterprise_id, kind, level, batch, granted_on, review_on, revoked_on, revoke_reason, note, created_at, created_by)
select gen_random_uuid(), m.new, q.kind, q.level, q.batch, q.granted_on, q.review_on, q.revoked_on, q.revoke_reason, q.note, q.created_at, q.created_by
from m join qualification q on q.enterprise_id = m.old;
insert into year_figures (enterprise_id, year, revenue, main_revenue, rd_spending, rd_staff, total_staff, total_assets, total_liabilities, invention_patents, utility_patents, design_patents, ip_class1, ip_class2, new_equity_financing, cnc_rate, mgmt_digital_rate, rd_tool_rate, cloud_star, version, updated_at)
select m.new, f.year, f.revenue, f.main_revenue, f.rd_spending, f.rd_staff, f.total_staff, f.total_assets, f.total_liabilities, f.invention_patents, f.utility_patents, f.design_patents, f.ip_class1, f.ip_class2, f.new_equity_financing, f.cnc_rate, f.mgmt_digital_rate, f.rd_tool_rate, f.cloud_star, 0, now()
from m join year_figures f on f.enterprise_id = m.old;
insert into commissioner_assignment (enterprise_id, commissioner_subject, assigned_at, commissioner_name, assigned_by)
select m.new, left(a.commissioner_subject || '-' || m.n, 64), a.assigned_at, a.commissioner_name, a.assigned_by
from m join commissioner_assignment a on a.enterprise_id = m.old;
analyze enterprise;
analyze qualification;
analyze year_figures;
analyze commissioner_assignment;
