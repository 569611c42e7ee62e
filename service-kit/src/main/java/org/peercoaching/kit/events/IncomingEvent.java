package org.peercoaching.kit.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;

/** An event read off a topic: its envelope, with the data bound to a contract record on request. */
public final class IncomingEvent {

    private final EventEnvelope<JsonNode> envelope;
    private final EventJson json;

    IncomingEvent(EventEnvelope<JsonNode> envelope, EventJson json) {
        this.envelope = envelope;
        this.json = json;
    }

    public UUID id() {
        try {
            return UUID.fromString(envelope.id());
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("Event id is not a UUID: " + envelope.id());
        }
    }

    public String type() {
        return envelope.type();
    }

    public boolean is(EventType<?> type) {
        return type.name().equals(envelope.type());
    }

    public <T> T data(EventType<T> type) {
        if (!is(type)) {
            throw new IllegalArgumentException("Event is " + envelope.type() + ", not " + type.name());
        }
        return json.data(envelope, type);
    }
}
