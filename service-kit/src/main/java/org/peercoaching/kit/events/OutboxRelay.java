package org.peercoaching.kit.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in the order they were written, waiting for the broker's acknowledgement
 * before marking each one sent. A crash between send and mark means the event goes again: consumers
 * are idempotent, so at-least-once is safe.
 *
 * <p>It runs as soon as a transaction that wrote to the outbox commits ({@link #nudge()}), so an event
 * usually leaves within milliseconds; the poll is the safety net for nudges lost to a crash or a broker
 * outage, and for rows other replicas wrote.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(Outbox outbox, @Channel("outbox") MutinyEmitter<String> emitter, Clock clock) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.clock = clock;
    }

    @Scheduled(every = "${peercoaching.outbox.poll-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        if (!running.compareAndSet(false, true)) {
            again.set(true); // the pass under way goes round once more
            return;
        }
        try {
            do {
                again.set(false);
                while (relayBatch() == BATCH) {
                    // keep going until the backlog is drained
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Asks for a pass soon, off the caller's thread; many nudges while one is waiting make one pass. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            try {
                nudges.execute(() -> {
                    queued.set(false);
                    relayPending();
                });
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    @PreDestroy
    void stopNudges() {
        nudges.shutdownNow();
    }

    /** Sends one batch; returns how many events were sent. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = outbox.find("sentAt is null order by id")
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .page(0, BATCH)
                    .list();
            for (OutboxEvent event : batch) {
                emitter.sendMessageAndAwait(Message.of(event.payload).addMetadata(
                        OutgoingKafkaRecordMetadata.<String>builder()
                                .withTopic(event.topic)
                                .withKey(event.aggregateId)
                                .build()));
                event.sentAt = clock.instant();
            }
            return batch.size();
        });
    }
}
