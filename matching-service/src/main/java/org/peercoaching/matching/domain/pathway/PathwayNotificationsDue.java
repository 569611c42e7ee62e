package org.peercoaching.matching.domain.pathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.peercoaching.kit.time.TimeDrivenWork;

/** Pathway webhooks as the simulated clock sees them: the next retry's time, and a delivery pass. */
@ApplicationScoped
public class PathwayNotificationsDue implements TimeDrivenWork {

    private final PathwayNotifications notifications;

    public PathwayNotificationsDue(PathwayNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Instant> nextDueAfter(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(notifications.getEntityManager()
                .createQuery("select min(n.nextAttemptAt) from PathwayNotification n where n.deliveredAt is null"
                        + " and n.nextAttemptAt > ?1", Instant.class)
                .setParameter(1, now).getSingleResult()));
    }

    @Override
    public int runDue() {
        int delivered = 0;
        int pass;
        do {
            pass = notifications.deliverDue();
            delivered += pass;
        } while (pass == PathwayNotifications.BATCH);
        return delivered;
    }
}
