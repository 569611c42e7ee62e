package org.peercoaching.matching.domain.match;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.referral.Referral;

/** What matching tells the rest of the suite; messaging/out writes it to the outbox in the caller's transaction. */
public interface MatchEventPublisher {

    void proposed(Match match);

    void confirmed(Match match, Referral referral, Coach coach);

    void declined(Match match, String reason, Instant at);

    void ended(Match match, String reason, Instant at);

    void capacityChanged(UUID volunteerId, int activePeople, Map<String, Integer> peopleByStage, int room, Instant at);

    /** referral.received / ineligible / withdrawn, from the referral's status. */
    void referralChanged(Referral referral);
}
