create table call_plan (
    id                uuid primary key,
    match_id          uuid         not null unique,
    referral_id       uuid         not null,
    coach_id          uuid         not null,
    person_first_name varchar(100) not null,
    person_phone      varchar(20)  not null,
    stage             varchar(40)  not null,
    total_calls       integer      not null,
    status            varchar(20)  not null,
    created_at        timestamp(6) with time zone not null
);

create table scheduled_call (
    id          uuid primary key,
    plan_id     uuid        not null references call_plan (id),
    coach_id    uuid        not null,
    call_number integer     not null,
    stage       varchar(40) not null,
    starts_at   timestamp(6) with time zone not null,
    ends_at     timestamp(6) with time zone not null,
    status      varchar(20) not null,
    constraint scheduled_call_number_unique unique (plan_id, call_number)
);
create index scheduled_call_coach_week on scheduled_call (coach_id, starts_at);
