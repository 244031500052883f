-- A ranking reads its ~200 candidates' rows for every request (CandidateRows). An expert row is about 3 KB, its
-- 512-float vector alone 2 KB: above PostgreSQL's default target of 2 KB a row is split, its achievements and
-- then its vector moved to the TOAST table, and each candidate cost four more page reads there. Rows up to
-- 8,160 bytes now stay whole in their heap page. Measured on the 100,000-expert benchmark database (2 cores):
-- 200 candidates' rows without the vector 5.8 → 3.3 ms, with it 8.1 → 6.0 ms (docs/benchmarks/matchmaking-search.md).
-- Rows written before this migration keep their layout until they are next updated; VACUUM FULL rewrites them all.
alter table expert set (toast_tuple_target = 8160);
alter table tech_need set (toast_tuple_target = 8160);
