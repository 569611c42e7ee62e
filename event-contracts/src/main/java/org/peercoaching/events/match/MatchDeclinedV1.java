package org.peercoaching.events.match;

import java.time.Instant;
import java.util.UUID;

/** A coordinator declined a proposal; the person goes back to the waiting list. */
public record MatchDeclinedV1(UUID matchId, UUID referralId, UUID volunteerId, String reason, Instant declinedAt) {}
