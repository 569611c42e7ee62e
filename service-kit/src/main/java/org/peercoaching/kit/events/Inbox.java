package org.peercoaching.kit.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** The idempotent-consumer log: which event ids this service has already applied. */
@ApplicationScoped
public class Inbox implements PanacheRepositoryBase<ProcessedEvent, UUID> {

    private final Clock clock;

    public Inbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records the event as applied in the caller's transaction. Returns false if it was applied
     * before, in which case the caller must change nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        UUID id = event.id();
        if (findById(id) != null) {
            return false;
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = id;
        processed.type = event.type();
        processed.processedAt = clock.instant();
        persist(processed);
        return true;
    }
}
