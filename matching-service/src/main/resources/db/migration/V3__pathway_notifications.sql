-- Graduations told to the pathway's webhook, kept until the pathway answers 2xx (retried with backoff).
create table pathway_notification (
    id              uuid primary key,
    referral_id     uuid         not null,
    pathway         varchar(64)  not null,
    event_type      varchar(64)  not null,
    url             varchar(2000) not null,
    payload         varchar(100000) not null,
    attempts        integer      not null,
    next_attempt_at timestamp(6) with time zone not null,
    delivered_at    timestamp(6) with time zone,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamp(6) with time zone not null
);
create index pathway_notification_due on pathway_notification (delivered_at, next_attempt_at);
