package org.peercoaching.events.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * A coach raised a safety concern on a call. The detail stays in schedule-service's alert list.
 *
 * @param category CRISIS, SAFEGUARDING or CLINICAL_RED_FLAG
 */
public record EscalationRaisedV1(
        UUID escalationId, UUID callId, UUID referralId, UUID volunteerId, String category, Instant raisedAt) {}
