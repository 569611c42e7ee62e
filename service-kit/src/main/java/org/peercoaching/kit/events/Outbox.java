package org.peercoaching.kit.events;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} sends it to Kafka afterwards. The
 * event is only ever sent if the state change it describes was committed.
 */
@ApplicationScoped
public class Outbox implements PanacheRepository<OutboxEvent> {

    private final EventJson json;
    private final Clock clock;
    private final String source;

    public Outbox(EventJson json, Clock clock, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.json = json;
        this.clock = clock;
        this.source = source;
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
        return eventId;
    }
}
