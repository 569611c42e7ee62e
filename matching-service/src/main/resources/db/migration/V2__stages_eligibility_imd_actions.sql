-- Issue #4: taper stages for the cap, eligibility and IMD on referrals, outcomes, coordinator actions.
alter table referral add column lsoa_code varchar(9);
alter table referral add column imd_edition varchar(10);
alter table referral add column status_reason varchar(500);
-- set while a person waits for a re-match: the match they had, so the next one replaces it
alter table referral add column rematch_of uuid;
alter table referral add column waiting_since timestamp(6) with time zone;
alter table referral add column outcome_calls_completed integer;
alter table referral add column outcome_calls_missed integer;
alter table referral add column outcome_escalations integer;
alter table referral add column outcome_activation_instrument varchar(40);
alter table referral add column outcome_activation_score numeric(5, 1);
alter table referral add column outcome_activation_level integer;
alter table referral add column completed_at timestamp(6) with time zone;

alter table coach add column competence_level integer;

-- the person's taper stage with this coach (null until the plan starts: counts as weekly)
alter table coach_match add column stage varchar(20);
alter table coach_match add column replaces_match_id uuid;
alter table coach_match add column closed_at timestamp(6) with time zone;
alter table coach_match add column close_reason varchar(500);
alter table coach_match add column score_priority double precision not null default 0;

-- every coordinator action, with who and when
create table coordinator_action (
    id          uuid primary key,
    referral_id uuid         not null references referral (id),
    match_id    uuid,
    action      varchar(20)  not null,
    actor       varchar(100) not null,
    reason      varchar(500),
    acted_at    timestamp(6) with time zone not null
);
create index coordinator_action_referral on coordinator_action (referral_id, acted_at);
