package org.peercoaching.schedule.domain.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An item on the coordinator's alert list, open until a coordinator closes it with an action. */
@Entity
@Table(name = "coordinator_alert")
public class CoordinatorAlert {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertKind kind;

    /** For escalations: CRISIS, SAFEGUARDING or CLINICAL_RED_FLAG. */
    public String category;

    /** Null for alerts about the coach alone (DBS_RENEWAL_DUE). */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "call_id")
    public UUID callId;

    /** Null for alerts about the coach alone (DBS_RENEWAL_DUE). */
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    /** What the coach said; for coordinators only, never logged, never in an event. */
    public String detail;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closing_action")
    public String closingAction;

    /** Who raised it (sign-in id); null when the service raised it (missed calls, no common slot). */
    @Column(name = "raised_by")
    public String raisedBy;

    /** Who closed it (sign-in id). */
    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;
}
