package org.peercoaching.schedule.messaging.in;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.DbsRenewalReminderV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.kit.events.Inbox;
import org.peercoaching.kit.events.RetryTransient;
import org.peercoaching.kit.events.IncomingEvent;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.coach.CoachCoordinatorRepository;
import org.peercoaching.schedule.domain.plan.ShortPauses;

/**
 * Learns which coordinator looks after each coach from volunteer events (each carries the coach's
 * snapshot, coordinatorId included). Only the coordinator is kept: nothing else about the volunteer. DBS renewal
 * reminders become alerts on the coordinator's list. A coach's short pause (pauseKind SHORT, issue #18) moves or skips
 * their people's calls in it; any other status ends it (their people stay, past changes stay).
 * Each event is applied once, in the transaction that records it.
 */
@ApplicationScoped
public class VolunteerEventsConsumer {

    static final List<EventType<VolunteerSnapshotV1>> SNAPSHOTS = List.of(EventTypes.VOLUNTEER_REGISTERED,
            EventTypes.VOLUNTEER_UPDATED, EventTypes.VOLUNTEER_ACTIVATED, EventTypes.VOLUNTEER_PAUSED,
            EventTypes.VOLUNTEER_RESUMED, EventTypes.VOLUNTEER_LEFT);

    private final EventJson json;
    private final Inbox inbox;
    private final CoachCoordinatorRepository coordinators;
    private final AlertRepository alerts;
    private final ShortPauses shortPauses;

    public VolunteerEventsConsumer(EventJson json, Inbox inbox, CoachCoordinatorRepository coordinators,
            AlertRepository alerts, ShortPauses shortPauses) {
        this.json = json;
        this.inbox = inbox;
        this.coordinators = coordinators;
        this.alerts = alerts;
        this.shortPauses = shortPauses;
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
        if (event.is(EventTypes.DBS_RENEWAL_REMINDER)) {
            DbsRenewalReminderV1 reminder = event.data(EventTypes.DBS_RENEWAL_REMINDER);
            coordinators.assign(reminder.volunteerId(), reminder.coordinatorId());
            alerts.dbsRenewalDue(reminder.volunteerId(), reminder.firstName(), reminder.renewalDue(),
                    reminder.daysBefore());
            return;
        }
        // v1 only: this service needs nothing that v2 adds (the v2 copies are ignored below)
        for (EventType<VolunteerSnapshotV1> type : SNAPSHOTS) {
            if (event.is(type)) {
                VolunteerSnapshotV1 coach = event.data(type);
                coordinators.assign(coach.volunteerId(), coach.coordinatorId());
                if (coach.onShortPause() && coach.pausedUntil() != null) {
                    shortPauses.start(coach.volunteerId(), coach.pausedUntil());
                } else {
                    shortPauses.end(coach.volunteerId());
                }
                return;
            }
        }
        // a type this version does not know: a tolerant reader ignores it
    }
}
