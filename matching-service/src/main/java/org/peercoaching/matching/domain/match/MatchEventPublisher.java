package org.peercoaching.matching.domain.match;

import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.referral.Referral;

/** What matching tells the rest of the suite; messaging/out writes it to the outbox. */
public interface MatchEventPublisher {
    void confirmed(Match match, Referral referral, Coach coach);
}
