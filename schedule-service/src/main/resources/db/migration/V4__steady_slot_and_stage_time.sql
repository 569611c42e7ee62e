-- The plan's steady call slot (one weekday and London wall-clock time for the whole plan) and the time
-- its current stage's last call is planned for: a stage ends by time and calls made, never by cancellations.
alter table call_plan add column slot_day varchar(9);
alter table call_plan add column slot_time time;
alter table call_plan add column stage_ends_at timestamp(6) with time zone;

-- Plans from before: the stage ends at its last booked call; the slot is taken from that call when needed.
update call_plan set stage_ends_at =
    (select max(c.starts_at) from scheduled_call c where c.plan_id = call_plan.id and c.stage = call_plan.stage);

-- A coordinator's recorded decision to end a stage before its planned time.
create table stage_early_end (
    id           uuid primary key,
    plan_id      uuid          not null references call_plan (id),
    stage        varchar(40)   not null,
    reason       varchar(1000) not null,
    calls_closed integer       not null,
    decided_by   varchar(255)  not null,
    decided_at   timestamp(6) with time zone not null
);
create index stage_early_end_plan on stage_early_end (plan_id);
