-- Issue #18: the coach's call page shows the person's conditions (in words) and language. Both come with
-- match.confirmed.v1 from now on; plans from before have neither (the page says they are not known).
alter table call_plan add column person_conditions varchar(1000);
alter table call_plan add column person_language varchar(20);
