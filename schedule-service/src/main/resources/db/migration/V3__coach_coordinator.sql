-- Which coordinator looks after each coach, learnt from volunteer events (the coordinator's sign-in
-- subject; 'unassigned' until volunteer-service gives the coach to someone). A coordinator sees and
-- acts on the calls, plans and alerts of their own coaches only.
create table coach_coordinator (
    volunteer_id   uuid primary key,
    coordinator_id varchar(255) not null,
    updated_at     timestamp(6) with time zone not null
);
create index coach_coordinator_coordinator on coach_coordinator (coordinator_id);
