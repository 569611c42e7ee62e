package org.peercoaching.matching.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
                ? daysWaited(person, clock.instant())
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

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * The days a person has waited, as a coordinator counts them: London calendar days from the day their referral
     * was received (a declined or withdrawn proposal does not start the count again); for a re-match, from the day
     * they re-joined the list.
     */
    static long daysWaited(Referral r, Instant now) {
        Instant from = r.rematchOf != null && r.waitingSince != null ? r.waitingSince : r.receivedAt;
        if (from == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(from, LONDON), LocalDate.ofInstant(now, LONDON)));
    }

    /** "J" for Jones: enough, with the first name, to tell people apart, without the surname itself. */
    static String initialOf(String lastName) {
        if (lastName == null || lastName.isBlank()) {
            return null;
        }
        int first = lastName.strip().codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first)));
    }
}
