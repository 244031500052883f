-- Grows a matchmaking database with its demo data (240 experts, their needs, every row with its stored vector)
-- to 100,000 experts and 100,000 open needs, for deploy/bench/matchmaking-latency.sh. Each new row copies a
-- demo row (its university, disciplines, clusters, capacity …), adds the first research directions of two other
-- experts (or the summaries of two other needs) so that texts differ, and takes the source's vector plus uniform
-- noise (±0.02 per dimension): embedding 200,000 texts with BGE would take hours on two cores. The hash of the
-- new text is stored with the vector, computed as the service computes it (TextHash of matchText), so the
-- reindex reuses the vectors instead of embedding again. The two others are row g's digits in base n (n demo
-- rows): no two new rows copy the same three sources, so no two texts are equal. (Until 2026-12-05 the other
-- row was (7919 g + 13) mod n, which for n = 240 is fixed by g mod n: 100,000 experts had 482 distinct texts,
-- so every keyword ranking was a tie of hundreds of copies, which no real registry has.)
\set ON_ERROR_STOP on
create temporary table expert_src as
  select row_number() over (order by id) - 1 as n, * from expert where embedding is not null;
create temporary table need_src as
  select row_number() over (order by id) - 1 as n, * from tech_need where embedding is not null;

insert into expert (id, university_id, name, title, research_directions, college, disciplines, clusters,
                    achievements, capacity, willing_vice_president, in_huaian, in_jiangsu, embedding, embedding_hash)
select gen_random_uuid(), a.university_id, left(a.name, 80) || '·' || g, a.title, grown.directions, a.college,
       a.disciplines, a.clusters, a.achievements, a.capacity, a.willing_vice_president, a.in_huaian, a.in_jiangsu,
       (select array_agg(v + (random()::real - 0.5::real) * 0.04::real order by o)
          from unnest(a.embedding) with ordinality u(v, o)),
       encode(sha256(convert_to(btrim(grown.directions || coalesce((select string_agg(E'\n' || (x ->> 'title'), '' order by ord)
          from jsonb_array_elements(a.achievements) with ordinality t(x, ord) where x ->> 'title' is not null), ''),
          E' \n\t\r'), 'UTF8')), 'hex')
from generate_series(1, greatest(0, 100000 - (select count(*) from expert))) g
join expert_src a on a.n = g % (select count(*) from expert_src)
join expert_src b on b.n = (g / (select count(*) from expert_src)) % (select count(*) from expert_src)
join expert_src c on c.n = (g / (select count(*) * count(*) from expert_src)) % (select count(*) from expert_src)
cross join lateral (select coalesce(a.research_directions, '') || '；'
                           || split_part(coalesce(b.research_directions, ''), '；', 1) || '；'
                           || split_part(coalesce(c.research_directions, ''), '；', 1) as directions) grown;

insert into tech_need (id, enterprise_id, title, public_summary, description, status, nsfc_codes, industry_code,
                       cluster, cooperation_mode, region_preference, embedding, embedding_hash)
select gen_random_uuid(), a.enterprise_id, grown.title, a.public_summary, grown.description, 'OPEN', a.nsfc_codes,
       a.industry_code, a.cluster, a.cooperation_mode, a.region_preference,
       (select array_agg(v + (random()::real - 0.5::real) * 0.04::real order by o)
          from unnest(a.embedding) with ordinality u(v, o)),
       encode(sha256(convert_to(grown.title || E'\n' || a.public_summary || E'\n' || grown.description, 'UTF8')), 'hex')
from generate_series(1, greatest(0, 100000 - (select count(*) from tech_need))) g
join need_src a on a.n = g % (select count(*) from need_src)
join need_src b on b.n = (g / (select count(*) from need_src)) % (select count(*) from need_src)
join need_src c on c.n = (g / (select count(*) * count(*) from need_src)) % (select count(*) from need_src)
cross join lateral (select left(a.title, 180) || '（' || g || '）' as title,
                           coalesce(a.description, '') || b.public_summary || c.public_summary as description) grown;
analyze expert;
analyze tech_need;
