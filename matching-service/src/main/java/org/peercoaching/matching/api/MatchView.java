package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.match.Match;

/** A proposal or match, with the per-factor breakdown of why this coach, for a coordinator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchView(
        UUID id,
        UUID referralId,
        UUID volunteerId,
        String coachFirstName,
        String status,
        Breakdown score,
        String stage,
        UUID replacesMatchId,
        Instant proposedAt,
        Instant confirmedAt,
        Instant closedAt,
        String closeReason) {

    /** Each factor 0..1; total is their weighted sum; priority is what waiting time, decile and re-match added. */
    public record Breakdown(double condition, double deprivation, double language, double availability, double total,
            Double priority) {}

    /** For a pathway following its referral: when each match was proposed, confirmed and closed; not who or why. */
    static MatchView withoutCoach(Match m) {
        return new MatchView(null, m.referralId, null, null, m.status.name(), null, m.stage, null, m.proposedAt,
                m.confirmedAt, m.closedAt, null);
    }

    static MatchView of(Match m, Coach coach) {
        return new MatchView(m.id, m.referralId, m.volunteerId, coach == null ? null : coach.firstName,
                m.status.name(), new Breakdown(m.scoreCondition, m.scoreDeprivation, m.scoreLanguage,
                        m.scoreAvailability, m.scoreTotal, m.scorePriority),
                m.stage, m.replacesMatchId, m.proposedAt, m.confirmedAt, m.closedAt, m.closeReason);
    }
}
