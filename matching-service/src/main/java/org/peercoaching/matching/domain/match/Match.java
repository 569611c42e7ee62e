package org.peercoaching.matching.domain.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "coach_match")
public class Match {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchStatus status;

    @Column(name = "score_total", nullable = false)
    public double scoreTotal;

    @Column(name = "score_condition", nullable = false)
    public double scoreCondition;

    @Column(name = "score_deprivation", nullable = false)
    public double scoreDeprivation;

    @Column(name = "score_language", nullable = false)
    public double scoreLanguage;

    @Column(name = "score_availability", nullable = false)
    public double scoreAvailability;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** The priority terms (waiting time, deprivation, re-match) the optimisation added for this person. */
    @Column(name = "score_priority", nullable = false)
    public double scorePriority;

    /** The person's taper stage with this coach; null until their plan starts (counts as weekly). */
    @Column(name = "stage")
    public String stage;

    /** The coach's intake this match took a place in (null: made before intakes were kept). */
    @Column(name = "intake_number")
    public Integer intakeNumber;

    /**
     * The person's stage when the coach's current intake opened, or when they joined it; while they are still at it
     * they hold the coach's next intake back. Null: made before this was kept (holds nothing back).
     */
    @Column(name = "intake_baseline_stage")
    public String intakeBaselineStage;

    /** Set on a re-match: the match this one replaces. */
    @Column(name = "replaces_match_id")
    public UUID replacesMatchId;

    /** When it was declined or ended, and why. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "close_reason")
    public String closeReason;

    public boolean isOpen() {
        return status == MatchStatus.PROPOSED || status == MatchStatus.CONFIRMED;
    }

    public ScoreBreakdown score() {
        return new ScoreBreakdown(scoreCondition, scoreDeprivation, scoreLanguage, scoreAvailability, scoreTotal);
    }
}
