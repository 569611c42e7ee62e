package org.peercoaching.events.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A person graduated: the outcome summary the pathway is told about.
 *
 * @param activationScoreBefore the score at referral, as the coordinator recorded it with the follow-up
 * @param activationChange after minus before (the usual judgement: a gain of 3 or more points)
 * @param callsWithGoals completed calls on which the person's goals were recorded
 */
public record ProgrammeCompletedV1(
        UUID planId,
        UUID referralId,
        UUID volunteerId,
        int callsCompleted,
        int callsMissed,
        int escalations,
        String activationInstrument,
        BigDecimal activationScoreAfter,
        Integer activationLevelAfter,
        Instant completedAt,
        BigDecimal activationScoreBefore,
        BigDecimal activationChange,
        Integer callsWithGoals) {}
