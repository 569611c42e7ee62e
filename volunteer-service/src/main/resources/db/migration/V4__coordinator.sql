-- The staff coordinator who looks after each coach (their sign-in subject). Coaches registered before
-- sign-in existed are "unassigned" until an admin gives them a coordinator.
alter table volunteer add column coordinator_id varchar(255) not null default 'unassigned';
create index volunteer_coordinator on volunteer (coordinator_id);
