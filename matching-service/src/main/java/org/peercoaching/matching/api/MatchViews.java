package org.peercoaching.matching.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;

/**
 * Builds the coordinator's {@link MatchView}: the match, its coach, the person's first name, pathway and decile,
 * days waiting while proposed (by the injected clock), and the plain-English reasons from the coach's and the
 * person's details as matching holds them now.
 */
@ApplicationScoped
public class MatchViews {

    private final CoachRepository coaches;
    private final ReferralRepository referrals;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public MatchViews(CoachRepository coaches, ReferralRepository referrals, Matchmaker matchmaker, Clock clock) {
        this.coaches = coaches;
        this.referrals = referrals;
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    public MatchView of(Match m) {
        Coach coach = coaches.findById(m.volunteerId);
        Referral person = referrals.findById(m.referralId);
        List<String> reasons = coach == null || person == null ? null : matchmaker.reasons(person, coach);
        Long days = m.status == MatchStatus.PROPOSED && person != null
                ? daysSince(waitingSince(person), clock.instant())
                : null;
        return MatchView.of(m, coach, person, days, reasons);
    }

    /** When the person last joined the waiting list (their referral, if they never left it). */
    static Instant waitingSince(Referral r) {
        return r.waitingSince != null ? r.waitingSince : r.receivedAt;
    }

    /** Whole days from then to now, never negative. */
    static long daysSince(Instant since, Instant now) {
        return Math.max(0, Duration.between(since, now).toDays());
    }
}
