-- Issue #16: alerts about a coach rather than a person's plan (DBS renewal reminders) have no plan or referral.
alter table coordinator_alert alter column plan_id drop not null;
alter table coordinator_alert alter column referral_id drop not null;
