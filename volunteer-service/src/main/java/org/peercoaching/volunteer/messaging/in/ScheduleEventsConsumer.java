package org.peercoaching.volunteer.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.CallRecordedV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.kit.events.UnreadableEventException;
import org.peercoaching.volunteer.domain.CallActivityRepository;

/** Learns each coach's calls from schedule-service, for volunteer hours; other schedule events are not ours. */
@ApplicationScoped
public class ScheduleEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final CallActivityRepository calls;

    public ScheduleEventsConsumer(EventJson json, Inbox inbox, CallActivityRepository calls) {
        this.json = json;
        this.inbox = inbox;
        this.calls = calls;
    }

    @Incoming("schedule")
    @RetryTransient
    @Blocking
    @Transactional
    public void onScheduleEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (event.is(EventTypes.CALL_RECORDED)) {
            CallRecordedV1 call = event.data(EventTypes.CALL_RECORDED);
            if (call.callId() == null || call.volunteerId() == null || call.outcome() == null
                    || call.callStartedAt() == null) {
                throw new UnreadableEventException("Event " + event.id() + " is missing callId, volunteerId, outcome"
                        + " or callStartedAt");
            }
            calls.record(call.callId(), call.volunteerId(), call.outcome(), call.durationMinutes(), call.callStartedAt(),
                    call.recordedAt() == null ? call.callStartedAt() : call.recordedAt());
        }
        // stage changes, escalations, completions and unknown types: not volunteer-service's business
    }
}
