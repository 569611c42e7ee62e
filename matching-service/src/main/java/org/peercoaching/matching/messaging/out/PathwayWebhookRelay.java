package org.peercoaching.matching.messaging.out;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.peercoaching.matching.domain.pathway.PathwayNotifications;

/** Sends due pathway notifications; each one is claimed under a row lock, so replicas are safe. */
@ApplicationScoped
public class PathwayWebhookRelay {

    private static final Logger LOG = Logger.getLogger(PathwayWebhookRelay.class);

    private final PathwayNotifications notifications;

    public PathwayWebhookRelay(PathwayNotifications notifications) {
        this.notifications = notifications;
    }

    @Scheduled(every = "${peercoaching.webhooks.poll-interval:5s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        try {
            notifications.deliverDue();
        } catch (RuntimeException e) {
            LOG.warnf("Pathway notifications paused, will retry: %s", e.getClass().getSimpleName());
        }
    }
}
