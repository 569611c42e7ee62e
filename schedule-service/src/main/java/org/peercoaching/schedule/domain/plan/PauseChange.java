package org.peercoaching.schedule.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One call a coach's short pause moved (from, to) or skipped (to null), kept for the coordinator. */
@Entity
@Table(name = "pause_change")
public class PauseChange {

    @Id
    public UUID id;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "person_first_name", nullable = false)
    public String personFirstName;

    @Column(name = "call_id", nullable = false)
    public UUID callId;

    @Column(name = "call_number", nullable = false)
    public int callNumber;

    /** The day the coach is back. */
    @Column(name = "paused_until", nullable = false)
    public LocalDate pausedUntil;

    @Column(name = "from_starts_at", nullable = false)
    public Instant fromStartsAt;

    /** Where the call moved to; null: skipped. */
    @Column(name = "to_starts_at")
    public Instant toStartsAt;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
