package org.peercoaching.schedule.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A coordinator added calls to a stage, and why. */
@Entity
@Table(name = "stage_extension")
public class StageExtension {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String stage;

    @Column(name = "extra_calls", nullable = false)
    public int extraCalls;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The coordinator who extended the stage (sign-in id). */
    @Column(name = "created_by")
    public String createdBy;
}
