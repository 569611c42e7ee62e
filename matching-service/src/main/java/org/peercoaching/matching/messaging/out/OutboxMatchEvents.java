package org.peercoaching.matching.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchEventPublisher;
import org.peercoaching.matching.domain.referral.Referral;

@ApplicationScoped
public class OutboxMatchEvents implements MatchEventPublisher {

    private final Outbox outbox;

    public OutboxMatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void confirmed(Match match, Referral referral, Coach coach) {
        outbox.publish(EventTypes.MATCH_CONFIRMED, match.id, new MatchConfirmedV1(match.id, referral.id,
                coach.volunteerId, referral.firstName, referral.phone, windows(referral.callWindows),
                windows(coach.callWindows), match.confirmedAt, null));
    }

    private static List<CallWindow> windows(Collection<WeeklyWindow> windows) {
        return windows.stream()
                .map(w -> new CallWindow(w.day(), w.start(), w.end()))
                .sorted(Comparator.comparing(CallWindow::day).thenComparing(CallWindow::start))
                .toList();
    }
}
