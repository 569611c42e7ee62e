package org.peercoaching.events.match;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * How many more people a coach can take, as matching-service's caseload policy sees it after a match,
 * an ended match or a stage change. Published so that other services (the coordinator's roster) can
 * show capacity without a second copy of the cap rule. Key: the volunteer id.
 *
 * @param peopleByStage the coach's current people by taper stage, for example {WEEKLY=1, FORTNIGHTLY=2}
 * @param room how many more people the coach may take now (0 when full or not active)
 */
public record CoachCapacityChangedV1(
        UUID volunteerId, int activePeople, Map<String, Integer> peopleByStage, int room, Instant changedAt) {}
