-- The safeguarding holds last published for each coach (null: none), so the daily re-evaluation publishes
-- only a change; and the DBS renewal reminders sent, once per renewal date and number of days before it.
alter table volunteer add column dbs_hold_since date;
alter table volunteer add column supervision_hold_since date;

create table dbs_renewal_reminder (
    volunteer_id uuid                        not null references volunteer (id),
    renewal_due  date                        not null,
    days_before  integer                     not null,
    sent_at      timestamp(6) with time zone not null,
    primary key (volunteer_id, renewal_due, days_before)
);
