package org.peercoaching.kit.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} sends it to Kafka afterwards. The
 * event is only ever sent if the state change it describes was committed; once it is, the relay is
 * nudged to send it straight away.
 */
@ApplicationScoped
public class Outbox implements PanacheRepository<OutboxEvent> {

    private final EventJson json;
    private final Clock clock;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<OutboxRelay> relay;
    private final AtomicLong written = new AtomicLong();

    public Outbox(EventJson json, Clock clock, @ConfigProperty(name = "quarkus.application.name") String source,
            TransactionSynchronizationRegistry transactions, Instance<OutboxRelay> relay) {
        this.json = json;
        this.clock = clock;
        this.source = source;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, Object aggregateId, T data) {
        Instant now = clock.instant();
        UUID eventId = UUID.randomUUID();
        EventEnvelope<T> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, eventId.toString(), source,
                type.name(), aggregateId.toString(), now, EventEnvelope.JSON, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.topic = type.topic();
        row.aggregateId = aggregateId.toString();
        row.type = type.name();
        row.payload = json.write(envelope);
        row.createdAt = now;
        persist(row);
        written.incrementAndGet();
        nudgeRelayAfterCommit();
        return eventId;
    }

    /** Events this process has written since it started (a rolled-back one counts too: a hint, not a ledger). */
    public long written() {
        return written.get();
    }

    /** Events committed but not yet sent to Kafka. */
    @Transactional
    public long unsent() {
        return count("sentAt is null");
    }

    private void nudgeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return; // this transaction has already asked
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.get().nudge();
                }
            }
        });
    }
}
