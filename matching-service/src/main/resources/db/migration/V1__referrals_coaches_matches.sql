create table referral (
    id                     uuid primary key,
    pathway                varchar(64)  not null,
    pathway_referral_id    varchar(64)  not null,
    request_fingerprint    varchar(64)  not null,
    first_name             varchar(100) not null,
    last_name              varchar(100) not null,
    phone                  varchar(20)  not null,
    language               varchar(3)   not null,
    activation_instrument  varchar(40)  not null,
    activation_score       numeric(5, 1) not null,
    activation_level       integer,
    activation_measured_on date         not null,
    imd_decile             integer      not null check (imd_decile between 1 and 10),
    coach_gender_preference varchar(20),
    consent_to_contact     boolean      not null,
    consent_to_share_goals boolean      not null,
    status                 varchar(20)  not null,
    received_at            timestamp(6) with time zone not null,
    status_changed_at      timestamp(6) with time zone not null,
    constraint referral_pathway_id_unique unique (pathway, pathway_referral_id)
);
create index referral_waiting on referral (status, received_at);

create table referral_condition (
    referral_id    uuid        not null references referral (id),
    condition_code varchar(18) not null,
    primary key (referral_id, condition_code)
);

create table referral_call_window (
    referral_id uuid        not null references referral (id),
    day_of_week varchar(10) not null,
    start_time  time        not null,
    end_time    time        not null,
    primary key (referral_id, day_of_week, start_time, end_time)
);

-- What matching knows of each coach, kept from volunteer events.
create table coach (
    volunteer_id uuid primary key,
    first_name   varchar(100) not null,
    status       varchar(20)  not null,
    gender       varchar(20)  not null,
    imd_decile   integer,
    updated_at   timestamp(6) with time zone not null
);

create table coach_language (
    volunteer_id uuid       not null references coach (volunteer_id),
    language     varchar(3) not null,
    primary key (volunteer_id, language)
);

create table coach_condition (
    volunteer_id   uuid        not null references coach (volunteer_id),
    condition_code varchar(18) not null,
    primary key (volunteer_id, condition_code)
);

create table coach_call_window (
    volunteer_id uuid        not null references coach (volunteer_id),
    day_of_week  varchar(10) not null,
    start_time   time        not null,
    end_time     time        not null,
    primary key (volunteer_id, day_of_week, start_time, end_time)
);

create table coach_match (
    id                 uuid primary key,
    referral_id        uuid        not null references referral (id),
    volunteer_id       uuid        not null references coach (volunteer_id),
    status             varchar(20) not null,
    score_total        double precision not null,
    score_condition    double precision not null,
    score_deprivation  double precision not null,
    score_language     double precision not null,
    score_availability double precision not null,
    proposed_at        timestamp(6) with time zone not null,
    confirmed_at       timestamp(6) with time zone
);
create index coach_match_volunteer on coach_match (volunteer_id, status);
create index coach_match_referral on coach_match (referral_id, status);

-- Every matching transaction locks this one row first (see MatchingLock).
create table matching_lock (
    id integer primary key
);
insert into matching_lock (id) values (1);
