package org.peercoaching.matching.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV2;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.CoachDirectory;
import org.peercoaching.matching.domain.coach.CoachProfile;

/** Learns coaches from volunteer events; each event is applied once, in the transaction that records it. */
@ApplicationScoped
public class VolunteerEventsConsumer {

    /** Every volunteer event carries the coach's state after the change; matching keeps the latest. */
    static final List<EventType<VolunteerSnapshotV1>> SNAPSHOTS = List.of(EventTypes.VOLUNTEER_REGISTERED,
            EventTypes.VOLUNTEER_UPDATED, EventTypes.VOLUNTEER_ACTIVATED, EventTypes.VOLUNTEER_PAUSED,
            EventTypes.VOLUNTEER_RESUMED, EventTypes.VOLUNTEER_LEFT);

    /** The same six types, version 2: the snapshot plus the safeguarding facts (DBS renewal date, holds). */
    static final List<EventType<VolunteerSnapshotV2>> SNAPSHOTS_V2 = List.of(EventTypes.VOLUNTEER_REGISTERED_V2,
            EventTypes.VOLUNTEER_UPDATED_V2, EventTypes.VOLUNTEER_ACTIVATED_V2, EventTypes.VOLUNTEER_PAUSED_V2,
            EventTypes.VOLUNTEER_RESUMED_V2, EventTypes.VOLUNTEER_LEFT_V2);

    private final EventJson json;
    private final Inbox inbox;
    private final CoachDirectory directory;

    public VolunteerEventsConsumer(EventJson json, Inbox inbox, CoachDirectory directory) {
        this.json = json;
        this.inbox = inbox;
        this.directory = directory;
    }

    @Incoming("volunteers")
    @RetryTransient
    @Blocking
    @Transactional
    public void onVolunteerEvent(String payload) {
        IncomingEvent event = json.read(payload);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        for (EventType<VolunteerSnapshotV2> type : SNAPSHOTS_V2) {
            if (event.is(type)) {
                directory.upsert(toProfile(event.data(type)));
                return;
            }
        }
        // v1 (older producers, or the v1 copy of a v2 event): applied without touching the safeguarding facts
        for (EventType<VolunteerSnapshotV1> type : SNAPSHOTS) {
            if (event.is(type)) {
                directory.upsert(toProfile(event.data(type)));
                return;
            }
        }
        // a type this version does not know: a tolerant reader ignores it
    }

    static CoachProfile toProfile(VolunteerSnapshotV1 v) {
        return new CoachProfile(v.volunteerId(), v.firstName(), v.status(), v.gender(), v.imdDecile(), v.competenceLevel(),
                v.languages(), v.conditionCodes(),
                v.callWindows().stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).toList(),
                v.coordinatorId(), null, v.onShortPause());
    }

    static CoachProfile toProfile(VolunteerSnapshotV2 v) {
        List<VolunteerSnapshotV2.Hold> holds = v.holds() == null ? List.of() : v.holds();
        return new CoachProfile(v.volunteerId(), v.firstName(), v.status(), v.gender(), v.imdDecile(), v.competenceLevel(),
                v.languages(), v.conditionCodes(),
                v.callWindows().stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).toList(),
                v.coordinatorId(), new CoachProfile.Safeguarding(v.dbsRenewalDue(),
                        sinceOf(holds, VolunteerSnapshotV2.DBS_EXPIRED),
                        sinceOf(holds, VolunteerSnapshotV2.SUPERVISION_OVERDUE)), v.onShortPause());
    }

    private static java.time.LocalDate sinceOf(List<VolunteerSnapshotV2.Hold> holds, String reason) {
        return holds.stream().filter(h -> reason.equals(h.reason())).map(VolunteerSnapshotV2.Hold::since)
                .findFirst().orElse(null);
    }
}
