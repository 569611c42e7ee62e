package org.peercoaching.matching.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.match.CoachCapacityChangedV1;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.events.match.MatchDeclinedV1;
import org.peercoaching.events.match.MatchEndedV1;
import org.peercoaching.events.match.MatchProposedV1;
import org.peercoaching.events.referral.ReferralStatusChangedV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchEventPublisher;
import org.peercoaching.matching.domain.referral.Referral;

@ApplicationScoped
public class OutboxMatchEvents implements MatchEventPublisher {

    private final Outbox outbox;

    public OutboxMatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void proposed(Match match) {
        outbox.publish(EventTypes.MATCH_PROPOSED, match.id,
                new MatchProposedV1(match.id, match.referralId, match.volunteerId, match.scoreTotal, match.proposedAt));
    }

    @Override
    public void confirmed(Match match, Referral referral, Coach coach) {
        outbox.publish(EventTypes.MATCH_CONFIRMED, match.id, new MatchConfirmedV1(match.id, referral.id,
                coach.volunteerId, referral.firstName, referral.phone, windows(referral.callWindows),
                windows(coach.callWindows), match.confirmedAt, match.replacesMatchId,
                referral.conditionCodes.stream().sorted().toList(), referral.language));
    }

    @Override
    public void declined(Match match, String reason, Instant at) {
        outbox.publish(EventTypes.MATCH_DECLINED, match.id,
                new MatchDeclinedV1(match.id, match.referralId, match.volunteerId, reason, at));
    }

    @Override
    public void ended(Match match, String reason, Instant at) {
        outbox.publish(EventTypes.MATCH_ENDED, match.id,
                new MatchEndedV1(match.id, match.referralId, match.volunteerId, reason, at));
    }

    @Override
    public void capacityChanged(UUID volunteerId, int activePeople, Map<String, Integer> peopleByStage, int room,
            Instant at) {
        outbox.publish(EventTypes.COACH_CAPACITY_CHANGED, volunteerId,
                new CoachCapacityChangedV1(volunteerId, activePeople, new TreeMap<>(peopleByStage), room, at));
    }

    @Override
    public void referralChanged(Referral referral) {
        var type = switch (referral.status) {
            case RECEIVED -> EventTypes.REFERRAL_RECEIVED;
            case INELIGIBLE -> EventTypes.REFERRAL_INELIGIBLE;
            case WITHDRAWN -> EventTypes.REFERRAL_WITHDRAWN;
            default -> throw new IllegalArgumentException("No referral event for status " + referral.status);
        };
        outbox.publish(type, referral.id, new ReferralStatusChangedV1(referral.id, referral.pathway,
                referral.pathwayReferralId, referral.status.name(), referral.statusReason, referral.statusChangedAt));
    }

    private static List<CallWindow> windows(Collection<WeeklyWindow> windows) {
        return windows.stream()
                .map(w -> new CallWindow(w.day(), w.start(), w.end()))
                .sorted(Comparator.comparing(CallWindow::day).thenComparing(CallWindow::start))
                .toList();
    }
}
