package org.peercoaching.schedule.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One person's six-month tapering plan with their coach, created from a confirmed match. */
@Entity
@Table(name = "call_plan")
public class CallPlan {

    @Id
    public UUID id;

    @Column(name = "match_id", nullable = false, unique = true)
    public UUID matchId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "person_first_name", nullable = false)
    public String personFirstName;

    @Column(name = "person_phone", nullable = false)
    public String personPhone;

    @Column(nullable = false)
    public String stage;

    @Column(name = "total_calls", nullable = false)
    public int totalCalls;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
