package org.peercoaching.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;

/** Reads and writes event envelopes with the application's ObjectMapper (ISO dates, tolerant of unknown fields). */
@ApplicationScoped
public class EventJson {

    private static final TypeReference<EventEnvelope<JsonNode>> RAW = new TypeReference<>() {};

    private final ObjectMapper mapper;

    public EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(EventEnvelope<?> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event could not be serialised: " + envelope.type(), e);
        }
    }

    public IncomingEvent read(String json) {
        try {
            EventEnvelope<JsonNode> envelope = mapper.readValue(json, RAW);
            if (envelope.id() == null || envelope.type() == null) {
                throw new UnreadableEventException("Event has no id or no type");
            }
            return new IncomingEvent(envelope, this);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event is not a readable CloudEvents JSON envelope: "
                    + e.getOriginalMessage());
        }
    }

    <T> T data(EventEnvelope<JsonNode> envelope, EventType<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type.dataClass());
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event " + envelope.id() + " has data that does not fit "
                    + type.name() + ": " + e.getOriginalMessage());
        }
    }
}
