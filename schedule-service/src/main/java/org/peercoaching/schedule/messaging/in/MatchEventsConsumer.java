package org.peercoaching.schedule.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.events.match.MatchEndedV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.ConfirmedMatch;
import org.peercoaching.schedule.domain.plan.PlanService;

/**
 * Confirmed matches start plans (or move one to a new coach on a re-match); ended matches hold or
 * cancel the future calls. Each event is applied once, in the transaction that records it.
 */
@ApplicationScoped
public class MatchEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final CallPlanRepository plans;
    private final PlanService planService;

    public MatchEventsConsumer(EventJson json, Inbox inbox, CallPlanRepository plans, PlanService planService) {
        this.json = json;
        this.inbox = inbox;
        this.plans = plans;
        this.planService = planService;
    }

    @Incoming("matches")
    @RetryTransient
    @Blocking
    @Transactional
    public void onMatchEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (event.is(EventTypes.MATCH_CONFIRMED)) {
            confirmed(event.data(EventTypes.MATCH_CONFIRMED));
        } else if (event.is(EventTypes.MATCH_ENDED)) {
            ended(event.data(EventTypes.MATCH_ENDED));
        }
    }

    private void confirmed(MatchConfirmedV1 confirmed) {
        if (plans.existsForMatch(confirmed.matchId())) {
            return;
        }
        Optional<CallPlan> current = confirmed.replacesMatchId() == null ? Optional.empty()
                : plans.currentForReferral(confirmed.referralId());
        if (current.isPresent()) {
            planService.moveToNewCoach(current.get(), toDomain(confirmed));
        } else {
            planService.start(toDomain(confirmed));
        }
    }

    private void ended(MatchEndedV1 ended) {
        // Only the person's current match counts: an end that arrives after the re-match changes nothing.
        Optional<CallPlan> plan = plans.forMatch(ended.matchId());
        if (plan.isEmpty()) {
            return;
        }
        switch (ended.reason() == null ? "OTHER" : ended.reason()) {
            case "COACH_PAUSED", "COACH_LEFT" -> planService.hold(plan.get());
            case "GRADUATED" -> planService.end(plan.get(), true);
            default -> planService.end(plan.get(), false);
        }
    }

    static ConfirmedMatch toDomain(MatchConfirmedV1 m) {
        return new ConfirmedMatch(m.matchId(), m.referralId(), m.volunteerId(), m.personFirstName(), m.personPhone(),
                windows(m.personCallWindows()), windows(m.coachCallWindows()), m.confirmedAt(),
                m.personConditionCodes() == null ? List.of() : m.personConditionCodes(), m.personLanguage());
    }

    private static List<CallSlotter.Window> windows(List<CallWindow> windows) {
        return windows == null ? List.of()
                : windows.stream().map(w -> new CallSlotter.Window(w.day(), w.start(), w.end())).toList();
    }
}
