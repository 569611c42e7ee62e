package org.peercoaching.events.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * A coach recorded a call's outcome. For volunteer activity (hours and calls); no notes, no goals.
 *
 * @param outcome COMPLETED, NO_ANSWER, RESCHEDULED or CANCELLED
 * @param durationMinutes for COMPLETED calls; null otherwise
 */
public record CallRecordedV1(
        UUID callId, UUID planId, UUID referralId, UUID volunteerId, String outcome, Integer durationMinutes,
        Instant callStartedAt, Instant recordedAt) {}
