-- Issue #14: the next intake opens only when everyone a coach holds has stepped down since the current one opened
-- ("when those three step down again"). Each open match keeps the stage its person was at when the coach's
-- current intake opened (or when they joined it); null for matches from before: they hold nothing back.
alter table coach_match add column intake_baseline_stage varchar(40);
