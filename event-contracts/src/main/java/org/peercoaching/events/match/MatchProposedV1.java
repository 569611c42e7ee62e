package org.peercoaching.events.match;

import java.time.Instant;
import java.util.UUID;

/** matching-service proposed a coach for a person; a coordinator confirms or declines it. */
public record MatchProposedV1(UUID matchId, UUID referralId, UUID volunteerId, double score, Instant proposedAt) {}
