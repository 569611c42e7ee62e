package org.peercoaching.schedule.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coordinator ended a stage before its planned time: who, when and why. */
@Entity
@Table(name = "stage_early_end")
public class StageEarlyEnd {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String reason;

    /** The stage's calls still to happen, closed as cancelled. */
    @Column(name = "calls_closed", nullable = false)
    public int callsClosed;

    /** The coordinator's or admin's sign-in id. */
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
