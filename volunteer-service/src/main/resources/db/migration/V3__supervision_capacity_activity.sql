-- Supervision sessions and who attended; the capacity and call activity learnt from other services' events.
create table supervision_session (
    id          uuid primary key,
    kind        varchar(20)  not null,
    held_on     date         not null,
    facilitator varchar(100) not null,
    recorded_at timestamp(6) with time zone not null
);
create index supervision_session_held_on on supervision_session (held_on);

create table supervision_attendance (
    session_id   uuid not null references supervision_session (id),
    volunteer_id uuid not null references volunteer (id),
    primary key (session_id, volunteer_id)
);
create index supervision_attendance_volunteer on supervision_attendance (volunteer_id);

-- the latest coach.capacity-changed.v1 from matching-service, per coach (matching owns the cap rule)
create table coach_capacity (
    volunteer_id    uuid primary key,
    active_people   integer      not null,
    people_by_stage varchar(500) not null,
    room            integer      not null,
    changed_at      timestamp(6) with time zone not null
);

-- each schedule.call-recorded.v1, by call id: a call recorded again replaces its earlier record
create table call_activity (
    call_id          uuid primary key,
    volunteer_id     uuid        not null,
    outcome          varchar(20) not null,
    duration_minutes integer,
    call_started_at  timestamp(6) with time zone not null,
    recorded_at      timestamp(6) with time zone not null
);
create index call_activity_volunteer on call_activity (volunteer_id, call_started_at);
