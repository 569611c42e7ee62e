package org.peercoaching.volunteer.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.match.CoachCapacityChangedV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.kit.events.UnreadableEventException;
import org.peercoaching.volunteer.domain.CoachCapacityRepository;

/**
 * Keeps each coach's capacity as matching-service publishes it, for the roster's free-capacity column and
 * filter. matching-service owns the caseload cap; this service only shows what it says.
 */
@ApplicationScoped
public class MatchEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final CoachCapacityRepository capacities;

    public MatchEventsConsumer(EventJson json, Inbox inbox, CoachCapacityRepository capacities) {
        this.json = json;
        this.inbox = inbox;
        this.capacities = capacities;
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
        if (event.is(EventTypes.COACH_CAPACITY_CHANGED)) {
            CoachCapacityChangedV1 c = event.data(EventTypes.COACH_CAPACITY_CHANGED);
            if (c.volunteerId() == null || c.changedAt() == null) {
                throw new UnreadableEventException("Event " + event.id() + " has no volunteerId or changedAt");
            }
            capacities.record(c.volunteerId(), c.activePeople(), c.peopleByStage(), c.room(), c.changedAt());
        }
        // proposals, confirmations, declines, ended matches and unknown types: matching's and schedule's business
    }
}
