package org.peercoaching.volunteer.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.DbsRenewalReminderV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV2;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.volunteer.domain.SafeguardingHolds;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerEventPublisher;

/**
 * Writes each volunteer event to the outbox with the coach's snapshot: what matching needs, nothing more. Each
 * change goes out as v2 (with the safeguarding facts) and then, while {@code peercoaching.events.volunteer-v1} is
 * on, as v1 for consumers that read only v1. v2 comes first: a consumer that reads both applies the v1 copy
 * without touching what only v2 carries.
 */
@ApplicationScoped
public class OutboxVolunteerEvents implements VolunteerEventPublisher {

    private final Outbox outbox;
    private final boolean alsoV1;

    public OutboxVolunteerEvents(Outbox outbox,
            @ConfigProperty(name = "peercoaching.events.volunteer-v1", defaultValue = "true") boolean alsoV1) {
        this.outbox = outbox;
        this.alsoV1 = alsoV1;
    }

    @Override
    public void registered(Volunteer v) {
        publish(EventTypes.VOLUNTEER_REGISTERED_V2, EventTypes.VOLUNTEER_REGISTERED, v);
    }

    @Override
    public void updated(Volunteer v) {
        publish(EventTypes.VOLUNTEER_UPDATED_V2, EventTypes.VOLUNTEER_UPDATED, v);
    }

    @Override
    public void activated(Volunteer v) {
        publish(EventTypes.VOLUNTEER_ACTIVATED_V2, EventTypes.VOLUNTEER_ACTIVATED, v);
    }

    @Override
    public void paused(Volunteer v) {
        publish(EventTypes.VOLUNTEER_PAUSED_V2, EventTypes.VOLUNTEER_PAUSED, v);
    }

    @Override
    public void resumed(Volunteer v) {
        publish(EventTypes.VOLUNTEER_RESUMED_V2, EventTypes.VOLUNTEER_RESUMED, v);
    }

    @Override
    public void left(Volunteer v) {
        publish(EventTypes.VOLUNTEER_LEFT_V2, EventTypes.VOLUNTEER_LEFT, v);
    }

    @Override
    public void dbsRenewalReminder(Volunteer v, LocalDate renewalDue, int daysBefore) {
        outbox.publish(EventTypes.DBS_RENEWAL_REMINDER, v.id,
                new DbsRenewalReminderV1(v.id, v.coordinatorId, v.firstName, renewalDue, daysBefore));
    }

    @Override
    public Object snapshotOf(Volunteer v) {
        return toContractV2(v);
    }

    private void publish(EventType<VolunteerSnapshotV2> v2, EventType<VolunteerSnapshotV1> v1, Volunteer v) {
        outbox.publish(v2, v.id, toContractV2(v));
        if (alsoV1) {
            outbox.publish(v1, v.id, toContract(v));
        }
    }

    static VolunteerSnapshotV1 toContract(Volunteer v) {
        return new VolunteerSnapshotV1(v.id, v.firstName, v.status.name(), v.gender.name(),
                v.languages.stream().sorted().toList(), v.conditionCodes.stream().sorted().toList(), v.imdDecile,
                windows(v), v.competenceLevel, v.pausedUntil, v.lsoaCode, v.coordinatorId, pauseKindOf(v));
    }

    static VolunteerSnapshotV2 toContractV2(Volunteer v) {
        return new VolunteerSnapshotV2(v.id, v.firstName, v.status.name(), v.gender.name(),
                v.languages.stream().sorted().toList(), v.conditionCodes.stream().sorted().toList(), v.imdDecile,
                windows(v), v.competenceLevel, v.pausedUntil, v.lsoaCode, v.coordinatorId, v.dbsRenewalDue,
                SafeguardingHolds.published(v).stream()
                        .map(h -> new VolunteerSnapshotV2.Hold(h.reason().name(), h.since())).toList(),
                pauseKindOf(v));
    }

    /** SHORT or LONG while paused (a pause from before short pauses existed is LONG); null otherwise. */
    private static String pauseKindOf(Volunteer v) {
        if (v.status != org.peercoaching.volunteer.domain.VolunteerStatus.PAUSED) {
            return null;
        }
        return v.pauseKind == null ? "LONG" : v.pauseKind.name();
    }

    private static List<CallWindow> windows(Volunteer v) {
        return v.callWindows.stream()
                .map(w -> new CallWindow(w.day(), w.start(), w.end()))
                .sorted(Comparator.comparing(CallWindow::day).thenComparing(CallWindow::start)
                        .thenComparing(CallWindow::end))
                .toList();
    }
}
