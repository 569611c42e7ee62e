package org.peercoaching.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.MatchReasons;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;

/**
 * The shared waiting list, for every coordinator (docs/security.md: any coordinator may match a waiting person to
 * one of their own coaches): the people waiting with no open proposal, in queue order.
 */
@Path("/api/v1/waiting-list")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting list", description = "For coordinators: who is waiting for a coach, and for how long")
@RolesAllowed(Roles.COORDINATOR)
public class WaitingListResource {

    private static final ConditionCatalogue CATALOGUE = ConditionCatalogue.standard();

    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final CoachRepository coaches;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public WaitingListResource(ReferralRepository referrals, MatchRepository matches, CoachRepository coaches,
            Matchmaker matchmaker, Clock clock) {
        this.referrals = referrals;
        this.matches = matches;
        this.coaches = coaches;
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Audited(ReferralResource.SUBJECT)
    @Operation(summary = "The people on the shared waiting list with no open proposal, in queue order (re-matches"
            + " first, then the longest waiting); all of them, not paged",
            description = "Status WAITING (and RECEIVED, not yet assessed, at the end). position is the place in"
                    + " the queue (the same as the referral's waitingPosition); daysWaiting is whole London calendar days"
                    + " since the referral was received (receivedAt; a declined or withdrawn proposal does not start"
                    + " the count again), or for a re-match since they re-joined the list (waitingSince);"
                    + " lastNameInitial (never the surname) tells people with the same first name apart; noCoachFits is true when no coach can be offered to them,"
                    + " with the reason in plain English (noCoachFitsReason): no active coach meets their coach gender"
                    + " preference, or every such coach was declined for them (room or not); or coaches who meet"
                    + " their preferences have room but none shares a call time with them (a stretch at least one"
                    + " call long): \"No coach with room shares a call time with them\". A coordinator can still"
                    + " choose a coach for them with a reason (override). People waiting only for a coach to have"
                    + " room have noCoachFits false.")
    @APIResponse(responseCode = "200", description = "The waiting list, first in the queue first")
    public List<WaitingPersonView> waitingList() {
        Instant now = clock.instant();
        Set<UUID> proposed = matches.referralsWithProposal();
        Map<UUID, Set<UUID>> declined = matches.declinedPairsOfWaiting();
        List<Coach> active = coaches.active();
        Map<UUID, Integer> rooms = matchmaker.roomsOfActiveCoaches();
        List<WaitingPersonView> list = new ArrayList<>();
        int position = 0;
        for (Referral r : referrals.waitingListInQueueOrder()) {
            position++;
            if (proposed.contains(r.id)) {
                continue;
            }
            String whyNot = matchmaker.whyNoCoachFits(r, active, declined.getOrDefault(r.id, Set.of()), rooms)
                    .orElse(null);
            Instant since = MatchViews.waitingSince(r);
            list.add(new WaitingPersonView(r.id, r.firstName, MatchViews.initialOf(r.lastName), r.pathway,
                    conditionsOf(r), r.imdDecile, r.language, MatchReasons.languageName(r.language), r.receivedAt,
                    since, MatchViews.daysWaited(r, now), position, r.rematchOf != null, whyNot != null, whyNot));
        }
        return list;
    }

    static List<WaitingPersonView.Condition> conditionsOf(Referral r) {
        return r.conditionCodes.stream()
                .map(code -> new WaitingPersonView.Condition(code,
                        CATALOGUE.find(code).map(ConditionCatalogue.Condition::name).orElse(null)))
                .sorted(Comparator.comparing(WaitingPersonView.Condition::code))
                .toList();
    }
}
