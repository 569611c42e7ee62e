package org.peercoaching.schedule.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.ConfirmedMatch;
import org.peercoaching.schedule.domain.plan.PlanBuilder;

/** Builds a plan for each confirmed match; each event is applied once, in the transaction that records it. */
@ApplicationScoped
public class MatchEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final CallPlanRepository plans;
    private final PlanBuilder planBuilder;

    public MatchEventsConsumer(EventJson json, Inbox inbox, CallPlanRepository plans, PlanBuilder planBuilder) {
        this.json = json;
        this.inbox = inbox;
        this.plans = plans;
        this.planBuilder = planBuilder;
    }

    @Incoming("matches")
    @Blocking
    @Transactional
    public void onMatchEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (event.is(EventTypes.MATCH_CONFIRMED)) {
            MatchConfirmedV1 confirmed = event.data(EventTypes.MATCH_CONFIRMED);
            if (!plans.existsForMatch(confirmed.matchId())) {
                planBuilder.start(toDomain(confirmed));
            }
        }
    }

    static ConfirmedMatch toDomain(MatchConfirmedV1 m) {
        return new ConfirmedMatch(m.matchId(), m.referralId(), m.volunteerId(), m.personFirstName(), m.personPhone(),
                windows(m.personCallWindows()), windows(m.coachCallWindows()), m.confirmedAt());
    }

    private static List<CallSlotter.Window> windows(List<CallWindow> windows) {
        return windows.stream().map(w -> new CallSlotter.Window(w.day(), w.start(), w.end())).toList();
    }
}
