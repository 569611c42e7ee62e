package org.peercoaching.matching.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.VolunteerRegisteredV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.CoachDirectory;
import org.peercoaching.matching.domain.coach.CoachProfile;

/** Learns coaches from volunteer events; each event is applied once, in the transaction that records it. */
@ApplicationScoped
public class VolunteerEventsConsumer {

    private final EventJson json;
    private final Inbox inbox;
    private final CoachDirectory directory;

    public VolunteerEventsConsumer(EventJson json, Inbox inbox, CoachDirectory directory) {
        this.json = json;
        this.inbox = inbox;
        this.directory = directory;
    }

    @Incoming("volunteers")
    @Blocking
    @Transactional
    public void onVolunteerEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (event.is(EventTypes.VOLUNTEER_REGISTERED)) {
            directory.upsert(toProfile(event.data(EventTypes.VOLUNTEER_REGISTERED)));
        }
        // other volunteer event types are not needed here; a tolerant reader ignores them
    }

    static CoachProfile toProfile(VolunteerRegisteredV1 v) {
        return new CoachProfile(v.volunteerId(), v.firstName(), v.status(), v.gender(), v.imdDecile(),
                v.languages(), v.conditionCodes(),
                v.callWindows().stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).toList());
    }
}
