-- Issue #18: a pause is SHORT (a holiday or illness of up to six weeks: the coach keeps their people) or LONG
-- (their people are re-matched). Null while not paused; pauses recorded before this are LONG.
alter table volunteer add column pause_kind varchar(10);
update volunteer set pause_kind = 'LONG' where status = 'PAUSED';
