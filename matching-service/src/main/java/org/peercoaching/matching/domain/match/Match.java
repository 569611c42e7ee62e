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

    public ScoreBreakdown score() {
        return new ScoreBreakdown(scoreCondition, scoreDeprivation, scoreLanguage, scoreAvailability, scoreTotal);
    }
}
