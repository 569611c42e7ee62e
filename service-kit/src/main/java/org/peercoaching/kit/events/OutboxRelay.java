package org.peercoaching.kit.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends outbox rows to Kafka in the order they were written. A batch (up to {@value #BATCH} rows, locked
 * in id order) is handed to the producer all at once, without waiting for each send; the relay then waits
 * for all the broker's acknowledgements together (at most {@code peercoaching.outbox.ack-timeout}) and
 * marks sent each event that was acknowledged, unless an earlier event with the same key (aggregate id) in
 * the batch was not: that one and every later one for its key are sent again on the next pass, so a key's
 * events are never marked sent out of order. A crash between send and mark means events go again:
 * consumers are idempotent, so at-least-once is safe.
 *
 * <p>Per-key order on the wire comes from the producer: records are handed over in id order, a key always
 * goes to the same partition, and the idempotent producer ({@code enable.idempotence=true}, at most 5
 * requests in flight per connection; see each service's application.properties) keeps a partition's
 * order through retries.
 *
 * <p>It runs as soon as a transaction that wrote to the outbox commits ({@link #nudge()}), so an event
 * usually leaves within milliseconds; the poll is the safety net for nudges lost to a crash or a broker
 * outage, and for rows other replicas wrote. At most one batch is in flight: if acknowledgements are
 * still outstanding after the timeout (the broker is away), no new batch is sent until they are settled,
 * which keeps the emitter's buffer (128 messages by default, above {@value #BATCH}) from overflowing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final int BATCH = 100;

    private final Outbox outbox;
    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final Duration ackTimeout;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    /** The sends of the last batch whose acknowledgements were not all in when the relay stopped waiting. */
    private volatile CompletableFuture<Void> outstanding = CompletableFuture.completedFuture(null);
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Hands a batch to the emitter from a thread with no transaction: subscribing on the relay's own thread
     * would carry its JTA transaction into the producer's callback thread (context propagation), and the
     * transaction then fails to commit ("Enlisted connection used without active transaction").
     */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay-send");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(Outbox outbox, @Channel("outbox") MutinyEmitter<String> emitter, Clock clock,
            @ConfigProperty(name = "peercoaching.outbox.ack-timeout", defaultValue = "10s") Duration ackTimeout) {
        this.outbox = outbox;
        this.emitter = emitter;
        this.clock = clock;
        this.ackTimeout = ackTimeout;
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
        sender.shutdownNow();
    }

    /**
     * Sends one batch and waits for its acknowledgements together; returns how many events were marked
     * sent (0 while an earlier batch's acknowledgements are still outstanding).
     */
    public int relayBatch() {
        if (!outstanding.isDone()) {
            return 0; // the broker has not answered for the last batch yet; its completion nudges a new pass
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = outbox.find("sentAt is null order by id")
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .page(0, BATCH)
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Instant>> acks = send(batch);
            CompletableFuture<Void> all = CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
            try {
                all.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // marked below: what was acknowledged, in per-key order; the rest goes again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!all.isDone()) {
                outstanding = all.handle((ok, failure) -> null);
                outstanding.thenRun(this::nudge);
            }
            return markAcknowledged(batch, acks);
        });
    }

    /**
     * Subscribing hands each message to the channel at once, in this (id) order; nothing waits for the
     * broker here. Runs on {@link #sender}, outside the caller's transaction.
     */
    private List<CompletableFuture<Instant>> send(List<OutboxEvent> batch) throws InterruptedException {
        List<Message<String>> messages = batch.stream().map(event -> Message.of(event.payload).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.aggregateId)
                        .build())).toList();
        try {
            return sender.submit(() -> {
                List<CompletableFuture<Instant>> acks = new ArrayList<>(messages.size());
                for (Message<String> message : messages) {
                    acks.add(emitter.sendMessage(message)
                            .map(ignored -> clock.instant())
                            .subscribeAsCompletionStage());
                }
                return acks;
            }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not hand the batch to the producer", e.getCause());
        }
    }

    /** Marks sent each acknowledged event unless an earlier event with its key was not acknowledged. */
    private int markAcknowledged(List<OutboxEvent> batch, List<CompletableFuture<Instant>> acks) {
        Set<String> heldBack = new HashSet<>();
        int marked = 0;
        Throwable firstFailure = null;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            CompletableFuture<Instant> ack = acks.get(i);
            if (!heldBack.contains(event.aggregateId) && ack.isDone() && !ack.isCompletedExceptionally()) {
                event.sentAt = ack.join();
                marked++;
            } else {
                heldBack.add(event.aggregateId);
                if (firstFailure == null && ack.isCompletedExceptionally()) {
                    firstFailure = ack.handle((ok, failure) -> failure).join();
                }
            }
        }
        if (marked < batch.size()) {
            LOG.warnf("Outbox relay: %d of %d events not acknowledged within %s or failed (%s); they go again",
                    batch.size() - marked, batch.size(), ackTimeout,
                    firstFailure == null ? "no answer yet" : firstFailure.getMessage());
        }
        // a partly sent batch counts as short, so the pass ends and the poll or a nudge comes back for the rest
        return marked == batch.size() ? marked : Math.min(marked, BATCH - 1);
    }
}
