package org.peercoaching.kit.events;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A stop finishes the events in hand and takes no new one, before the database is closed. Quarkus closes
 * Hibernate before it stops the Kafka consumers, so without this an event being handled at a stop failed on
 * the closed database, was retried until the stop cut it off, and went to the dead-letter topic.
 *
 * <p>The first step of a stop ({@link ShutdownDelayInitiatedEvent}, needs {@code quarkus.shutdown.delay-enabled})
 * comes while everything is still open: from then on a consumer method that has not started refuses its event
 * at once ({@link StoppingException}), and {@link StopSafeDeadLetterQueue} leaves such an event uncommitted, so it
 * is read again after the restart; the ones under way get up to {@code peercoaching.consumer.drain-timeout}.
 */
@ApplicationScoped
public class ConsumerDrain {

    private static final Logger LOG = Logger.getLogger(ConsumerDrain.class);

    private final AtomicInteger inHand = new AtomicInteger();
    private final Duration timeout;
    private volatile boolean stopping;

    public ConsumerDrain(@ConfigProperty(name = "peercoaching.consumer.drain-timeout", defaultValue = "PT8S") Duration timeout) {
        this.timeout = timeout;
    }

    void onStop(@Observes ShutdownDelayInitiatedEvent stop) {
        stopping = true;
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (inHand.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (inHand.get() > 0) {
            LOG.warnf("Stopping: %d event(s) still being handled after %d ms; they roll back and are read again after the restart",
                    inHand.get(), took);
        } else {
            LOG.infof("Stopping: events in hand finished in %d ms; any further events are left for the next start", took);
        }
    }

    public boolean stopping() {
        return stopping;
    }

    /** Counts a consumer method in; false (and not counted) once the service is stopping. */
    boolean enter() {
        inHand.incrementAndGet();
        if (stopping) {
            inHand.decrementAndGet();
            return false;
        }
        return true;
    }

    void exit() {
        inHand.decrementAndGet();
    }

    /** An event refused because the service is stopping: it is neither handled nor dead-lettered. */
    public static final class StoppingException extends RuntimeException {
        StoppingException() {
            super("The service is stopping; the event is left for the next start", null, false, false);
        }
    }
}
