-- Issue #16: the safeguarding facts from volunteer.*.v2 events. A coach on hold (DBS check expired, supervision
-- lapsed) takes no new people; their current people continue. Null: none known (v1 events carry none).
alter table coach add column dbs_renewal_due date;
alter table coach add column dbs_hold_since date;
alter table coach add column supervision_hold_since date;
