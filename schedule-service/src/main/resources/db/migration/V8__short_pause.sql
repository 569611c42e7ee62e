-- Issue #18: a coach's short pause (holiday, illness). The day they are back while on one (null otherwise), and
-- each call the pause moved (from -> to) or skipped (to null), for the coordinator's pause-changes list.
alter table coach_coordinator add column short_pause_until date;

create table pause_change (
    id                uuid primary key,
    coach_id          uuid                        not null,
    plan_id           uuid                        not null,
    referral_id       uuid                        not null,
    person_first_name varchar(255)                not null,
    call_id           uuid                        not null,
    call_number       integer                     not null,
    paused_until      date                        not null,
    from_starts_at    timestamp(6) with time zone not null,
    to_starts_at      timestamp(6) with time zone,
    changed_at        timestamp(6) with time zone not null
);
create index pause_change_coach on pause_change (coach_id, paused_until);
