-- Issue #14: the cap by cohort intakes (CaseloadPolicy.Rule.COHORT). A coach's current intake: its number
-- (0 before the first) and its size, fixed when it opened; each match records the intake it took a place in
-- (null for matches made before intakes: they hold no place in any intake).
alter table coach add column intake_number integer default 0 not null;
alter table coach add column intake_size integer default 0 not null;
alter table coach_match add column intake_number integer;
