-- The full coach profile and the onboarding lifecycle (issue 3).
alter table volunteer alter column imd_decile drop not null;
alter table volunteer add column lsoa_code varchar(9);
alter table volunteer add constraint volunteer_home_area check (imd_decile is not null or lsoa_code is not null);
alter table volunteer add column date_of_birth date;
alter table volunteer add column age_band varchar(5);
alter table volunteer add column lived_experience_notes varchar(2000);
alter table volunteer add column device varchar(20) default 'OWN_DEVICE' not null;
alter table volunteer add column loaned_on date;
alter table volunteer add column loan_due_back date;
alter table volunteer add column competence_level integer default 1 not null;
alter table volunteer add column coordinator varchar(100);
alter table volunteer add column training_modules_completed_on date;
alter table volunteer add column dbs_issued_on date;
alter table volunteer add column dbs_renewal_due date;
alter table volunteer add column dbs_certificate_number varchar(12);
alter table volunteer add column paused_reason varchar(500);
alter table volunteer add column paused_until date;
alter table volunteer add column left_reason varchar(500);
alter table volunteer add column status_changed_at timestamp(6) with time zone;
alter table volunteer add column activated_at timestamp(6) with time zone;
alter table volunteer add column version bigint default 0 not null;

create table practice_session (
    id           uuid primary key,
    volunteer_id uuid         not null references volunteer (id),
    held_on      date         not null,
    facilitator  varchar(100) not null,
    recorded_at  timestamp(6) with time zone not null
);
create index practice_session_volunteer on practice_session (volunteer_id);
