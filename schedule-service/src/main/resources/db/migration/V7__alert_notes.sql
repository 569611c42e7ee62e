-- Issue #18: what a coordinator did about an alert while it is open: notes, and telling the clinical team.
-- Who (sign-in id) and when, kept with the alert; never in an event or a log.
create table alert_note (
    id         uuid primary key,
    alert_id   uuid          not null references coordinator_alert (id),
    seq_no     integer       not null,
    kind       varchar(40)   not null,
    note       varchar(2000) not null,
    written_by varchar(255)  not null,
    written_at timestamp(6) with time zone not null
);
-- 1, 2, 3 ... within the alert: the order written, even when two notes share a time
alter table alert_note add constraint alert_note_position unique (alert_id, seq_no);
