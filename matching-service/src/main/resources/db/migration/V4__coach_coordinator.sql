-- Which coordinator looks after each coach (the sign-in subject of their token), learnt from volunteer
-- events. Null until volunteer-service names one. A coordinator matches waiting people to their own
-- coaches only, and sees only their own coaches' matches and matched referrals.
alter table coach add column coordinator_id varchar(255);
create index coach_by_coordinator on coach (coordinator_id);

-- who acted is now the signed-in caller's id (token subject), which can be longer than a typed name
alter table coordinator_action alter column actor set data type varchar(255);
