-- 申报开始日: a program takes applications from this day to apply_deadline (either may be null: not
-- stated). Catalogue programs take both from the dated batch in force (application.batches);
-- admins set them in the program editor. Applications before the opening are refused.
alter table program add column apply_opens_on date;
alter table program add constraint program_apply_period_check
    check (apply_opens_on is null or apply_deadline is null or apply_opens_on <= apply_deadline);
