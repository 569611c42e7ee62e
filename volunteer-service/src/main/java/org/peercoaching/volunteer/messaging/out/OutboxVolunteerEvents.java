package org.peercoaching.volunteer.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerEventPublisher;

@ApplicationScoped
public class OutboxVolunteerEvents implements VolunteerEventPublisher {

    private final Outbox outbox;

    public OutboxVolunteerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Volunteer v) {
        outbox.publish(EventTypes.VOLUNTEER_REGISTERED, v.id, toContract(v));
    }

    static VolunteerSnapshotV1 toContract(Volunteer v) {
        List<CallWindow> windows = v.callWindows.stream()
                .map(w -> new CallWindow(w.day(), w.start(), w.end()))
                .sorted(java.util.Comparator.comparing(CallWindow::day).thenComparing(CallWindow::start))
                .toList();
        return new VolunteerSnapshotV1(v.id, v.firstName, v.status.name(), v.gender.name(),
                v.languages.stream().sorted().toList(), v.conditionCodes.stream().sorted().toList(), v.imdDecile,
                windows, 1, null);
    }
}
