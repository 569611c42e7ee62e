package org.peercoaching.events.match;

import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed match ended. schedule-service cancels the match's future calls unless a
 * {@code match.confirmed.v1} with {@code replacesMatchId} moves them to a new coach.
 *
 * @param reason COACH_PAUSED, COACH_LEFT, PERSON_ASKED, WITHDRAWN, GRADUATED or OTHER
 */
public record MatchEndedV1(UUID matchId, UUID referralId, UUID volunteerId, String reason, Instant endedAt) {}
