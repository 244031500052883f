-- Awards (科技奖励, “创客中国”) are dated records with a rank: the firm's place among the award's
-- units, or its national place. Award rules say "近三年…排名前三", "全国50强"; the policy service
-- derives those from the records (catalog/EXTENSIONS.md §4.4). Titles (认定) have no rank.
alter table qualification add column award_rank integer;
alter table qualification add constraint qualification_award_rank_check
    check (award_rank is null or award_rank between 1 and 9999);
