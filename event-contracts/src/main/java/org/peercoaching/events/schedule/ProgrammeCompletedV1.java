package org.peercoaching.events.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A person graduated: the outcome summary the pathway is told about. */
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
        Instant completedAt) {}
