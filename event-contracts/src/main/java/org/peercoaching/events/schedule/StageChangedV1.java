package org.peercoaching.events.schedule;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's plan moved to the next taper stage. matching-service frees coach capacity from it.
 *
 * @param fromStage for example WEEKLY; null when the plan starts
 * @param toStage for example FORTNIGHTLY, MONTHLY or GRADUATED
 */
public record StageChangedV1(
        UUID planId, UUID matchId, UUID referralId, UUID volunteerId, String fromStage, String toStage, Instant changedAt) {}
