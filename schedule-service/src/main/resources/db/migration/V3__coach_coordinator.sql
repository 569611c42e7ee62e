-- Which coordinator looks after each coach, learnt from volunteer events (the coordinator's sign-in
-- subject; 'unassigned' until volunteer-service gives the coach to someone). A coordinator sees and
-- acts on the calls, plans and alerts of their own coaches only.
create table coach_coordinator (
    volunteer_id   uuid primary key,
    coordinator_id varchar(255) not null,
    updated_at     timestamp(6) with time zone not null
);
create index coach_coordinator_coordinator on coach_coordinator (coordinator_id);

-- Who did it: the signed-in caller's id (token subject), never a name typed into a request. Rows from
-- before sign-in, and what the service itself does (a missed call, a run of misses), have none.
alter table scheduled_call add column recorded_by varchar(255);
alter table coordinator_alert add column raised_by varchar(255);
alter table coordinator_alert add column closed_by varchar(255);
alter table stage_extension add column created_by varchar(255);
