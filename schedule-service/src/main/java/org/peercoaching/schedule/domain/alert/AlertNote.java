package org.peercoaching.schedule.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a coordinator did about an open alert: a note, or telling the clinical team. Who and when. */
@Entity
@Table(name = "alert_note")
public class AlertNote {

    public enum Kind {
        /** What was done so far (phoned the person, left a message, ...). */
        NOTE,
        /** The concern was passed to the clinical team. */
        CLINICAL_ESCALATION
    }

    @Id
    public UUID id;

    @Column(name = "alert_id", nullable = false)
    public UUID alertId;

    /** 1, 2, 3 ... within the alert, in the order written. */
    @Column(name = "seq_no", nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String note;

    /** The signed-in coordinator's id (token subject). */
    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
