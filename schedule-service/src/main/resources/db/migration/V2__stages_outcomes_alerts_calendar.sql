-- The plan remembers where it is in the taper and both sides' call windows, so later stages can be
-- booked and calls re-slotted after a re-match. version guards concurrent writers (two replicas).
alter table call_plan add column stage_index integer not null default 0;
alter table call_plan add column stage_calls integer not null default 0;
alter table call_plan add column extended_calls integer not null default 0;
alter table call_plan add column person_windows varchar(1000) not null default '';
alter table call_plan add column coach_windows varchar(1000) not null default '';
alter table call_plan add column version bigint not null default 0;
alter table call_plan add column activation_instrument varchar(60);
alter table call_plan add column activation_before numeric(6, 2);
alter table call_plan add column activation_after numeric(6, 2);
alter table call_plan add column activation_level_after integer;
alter table call_plan add column completed_at timestamp(6) with time zone;

-- A call's outcome, recorded once. attempt > 1 is a retry after no answer (same call number).
alter table scheduled_call drop constraint scheduled_call_number_unique;
alter table scheduled_call add column attempt integer not null default 1;
alter table scheduled_call add constraint scheduled_call_attempt_unique unique (plan_id, call_number, attempt);
alter table scheduled_call add column version bigint not null default 0;
alter table scheduled_call add column recorded_at timestamp(6) with time zone;
alter table scheduled_call add column duration_minutes integer;
alter table scheduled_call add column notes varchar(4000);
alter table scheduled_call add column goal_topic varchar(1000);
alter table scheduled_call add column goal_goal varchar(1000);
alter table scheduled_call add column goal_reality varchar(1000);
alter table scheduled_call add column goal_options varchar(1000);
alter table scheduled_call add column goal_way_forward varchar(1000);
alter table scheduled_call add column confidence integer;
alter table scheduled_call add column reminder_sent_at timestamp(6) with time zone;
alter table scheduled_call add column updated_at timestamp(6) with time zone;
create index scheduled_call_plan on scheduled_call (plan_id, starts_at);
create index scheduled_call_status on scheduled_call (status, ends_at);

-- The coordinator's alert list: escalations and runs of missed calls, open until closed with an action.
create table coordinator_alert (
    id           uuid primary key,
    kind         varchar(40)   not null,
    category     varchar(40),
    plan_id      uuid          not null references call_plan (id),
    call_id      uuid          references scheduled_call (id),
    referral_id  uuid          not null,
    coach_id     uuid          not null,
    detail       varchar(4000),
    raised_at    timestamp(6) with time zone not null,
    closed_at    timestamp(6) with time zone,
    closing_action varchar(2000),
    version      bigint        not null default 0
);
create index coordinator_alert_open on coordinator_alert (closed_at, raised_at);

-- Stage extensions a coordinator made, with the reason.
create table stage_extension (
    id          uuid primary key,
    plan_id     uuid         not null references call_plan (id),
    stage       varchar(40)  not null,
    extra_calls integer      not null,
    reason      varchar(1000) not null,
    created_at  timestamp(6) with time zone not null
);

-- One calendar feed token per coach, stored only as its SHA-256 hash.
create table calendar_token (
    coach_id   uuid primary key,
    token_hash varchar(64) not null unique,
    created_at timestamp(6) with time zone not null
);
update call_plan set stage_calls = (select count(*) from scheduled_call c where c.plan_id = call_plan.id);
