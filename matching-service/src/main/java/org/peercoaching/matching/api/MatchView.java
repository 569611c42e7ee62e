package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.referral.Referral;

/**
 * A proposal or match, with the per-factor breakdown of why this coach and the same in plain English
 * ({@code reasons}), for a coordinator; with the person's first name and surname initial, pathway and IMD decile, and while it is
 * PROPOSED how many whole days the person has waited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchView(
        UUID id,
        @Schema(required = true) UUID referralId,
        UUID volunteerId,
        String coachFirstName,
        @Schema(required = true) String status,
        Breakdown score,
        String stage,
        UUID replacesMatchId,
        @Schema(required = true) Instant proposedAt,
        Instant confirmedAt,
        Instant closedAt,
        String closeReason,
        /* coordinators only: the person's first name (never the surname), their pathway and IMD decile */
        String personFirstName,
        String pathway,
        Integer imdDecile,
        /* while PROPOSED: whole London calendar days since the referral was received (for a re-match, since they
           re-joined the waiting list) */
        Long daysWaiting,
        /* coordinators only: why this coach, one plain-English sentence per factor */
        List<String> reasons,
        /* coordinators only: the surname's first letter, upper case ("J"), to tell people with the same first name
           apart (never the surname) */
        String personLastNameInitial) {

    /** Each factor 0..1; total is their weighted sum; priority is what waiting time, decile and re-match added. */
    public record Breakdown(@Schema(required = true) double condition, @Schema(required = true) double deprivation,
            @Schema(required = true) double language, @Schema(required = true) double availability,
            @Schema(required = true) double total, Double priority) {}

    /** For a pathway following its referral: when each match was proposed, confirmed and closed; not who or why. */
    static MatchView withoutCoach(Match m) {
        return new MatchView(null, m.referralId, null, null, m.status.name(), null, m.stage, null, m.proposedAt,
                m.confirmedAt, m.closedAt, null, null, null, null, null, null, null);
    }

    /** For the coordinator of the match's coach. */
    static MatchView of(Match m, Coach coach, Referral person, Long daysWaiting, List<String> reasons) {
        return new MatchView(m.id, m.referralId, m.volunteerId, coach == null ? null : coach.firstName,
                m.status.name(), new Breakdown(m.scoreCondition, m.scoreDeprivation, m.scoreLanguage,
                        m.scoreAvailability, m.scoreTotal, m.scorePriority),
                m.stage, m.replacesMatchId, m.proposedAt, m.confirmedAt, m.closedAt, m.closeReason,
                person == null ? null : person.firstName, person == null ? null : person.pathway,
                person == null ? null : person.imdDecile, daysWaiting, reasons,
                person == null ? null : MatchViews.initialOf(person.lastName));
    }
}
