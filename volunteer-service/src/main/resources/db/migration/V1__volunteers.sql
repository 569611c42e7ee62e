create table volunteer (
    id            uuid primary key,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    phone         varchar(20)  not null,
    email         varchar(254),
    gender        varchar(20)  not null,
    imd_decile    integer      not null check (imd_decile between 1 and 10),
    status        varchar(20)  not null,
    registered_at timestamp(6) with time zone not null
);

create table volunteer_language (
    volunteer_id uuid       not null references volunteer (id),
    language     varchar(3) not null,
    primary key (volunteer_id, language)
);

create table volunteer_condition (
    volunteer_id   uuid        not null references volunteer (id),
    condition_code varchar(18) not null,
    primary key (volunteer_id, condition_code)
);

create table volunteer_call_window (
    volunteer_id uuid        not null references volunteer (id),
    day_of_week  varchar(10) not null,
    start_time   time        not null,
    end_time     time        not null,
    primary key (volunteer_id, day_of_week, start_time, end_time)
);
