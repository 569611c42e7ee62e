package org.peercoaching.volunteer.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerEventPublisher;

/** Writes each volunteer event to the outbox with the coach's snapshot: what matching needs, nothing more. */
@ApplicationScoped
public class OutboxVolunteerEvents implements VolunteerEventPublisher {

    private final Outbox outbox;

    public OutboxVolunteerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Volunteer v) {
        publish(EventTypes.VOLUNTEER_REGISTERED, v);
    }

    @Override
    public void updated(Volunteer v) {
        publish(EventTypes.VOLUNTEER_UPDATED, v);
    }

    @Override
    public void activated(Volunteer v) {
        publish(EventTypes.VOLUNTEER_ACTIVATED, v);
    }

    @Override
    public void paused(Volunteer v) {
        publish(EventTypes.VOLUNTEER_PAUSED, v);
    }

    @Override
    public void resumed(Volunteer v) {
        publish(EventTypes.VOLUNTEER_RESUMED, v);
    }

    @Override
    public void left(Volunteer v) {
        publish(EventTypes.VOLUNTEER_LEFT, v);
    }

    @Override
    public Object snapshotOf(Volunteer v) {
        return toContract(v);
    }

    private void publish(EventType<VolunteerSnapshotV1> type, Volunteer v) {
        outbox.publish(type, v.id, toContract(v));
    }

    static VolunteerSnapshotV1 toContract(Volunteer v) {
        List<CallWindow> windows = v.callWindows.stream()
                .map(w -> new CallWindow(w.day(), w.start(), w.end()))
                .sorted(Comparator.comparing(CallWindow::day).thenComparing(CallWindow::start)
                        .thenComparing(CallWindow::end))
                .toList();
        return new VolunteerSnapshotV1(v.id, v.firstName, v.status.name(), v.gender.name(),
                v.languages.stream().sorted().toList(), v.conditionCodes.stream().sorted().toList(), v.imdDecile,
                windows, v.competenceLevel, v.pausedUntil, v.lsoaCode, v.coordinatorId);
    }
}
