package org.peercoaching.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.kit.api.PlainText;

/** Reads and writes event envelopes with the application's ObjectMapper (ISO dates, tolerant of unknown fields). */
@ApplicationScoped
public class EventJson {

    private static final TypeReference<EventEnvelope<JsonNode>> RAW = new TypeReference<>() {};

    private final ObjectMapper mapper;
    /** Events are the services' own writing, checked as plain text when they came in as requests. */
    private final ObjectReader reader;

    public EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.reader().withAttribute(PlainText.OWN_WRITING, Boolean.TRUE);
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
            EventEnvelope<JsonNode> envelope = reader.forType(RAW).readValue(json);
            if (envelope.id() == null || envelope.type() == null) {
                throw new UnreadableEventException("Event has no id or no type");
            }
            requireKnownVersion(envelope.type());
            return new IncomingEvent(envelope, this);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event is not a readable CloudEvents JSON envelope: "
                    + e.getOriginalMessage());
        }
    }

    /**
     * A newer version of a type this service knows (volunteer.updated.v2 where it knows v1) cannot be applied
     * safely by guessing: it goes to the dead-letter topic, to be replayed once the service understands it.
     * A type this service has never heard of is left for the caller to ignore.
     */
    static void requireKnownVersion(String type) {
        if (KNOWN_TYPES.contains(type)) {
            return;
        }
        String family = type.replaceFirst("\\.v\\d+$", "");
        List<String> known = KNOWN_TYPES.stream().filter(t -> t.replaceFirst("\\.v\\d+$", "").equals(family)).toList();
        if (!known.isEmpty()) {
            throw new UnreadableEventException("Event type " + type + " is a version this service does not understand"
                    + " (it reads " + String.join(", ", known) + "); replay it once the service is upgraded");
        }
    }

    private static final Set<String> KNOWN_TYPES = knownTypes();

    private static Set<String> knownTypes() {
        Set<String> names = new HashSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                try {
                    names.add(((EventType<?>) field.get(null)).name());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(names);
    }

    <T> T data(EventEnvelope<JsonNode> envelope, EventType<T> type) {
        try {
            return reader.treeToValue(envelope.data(), type.dataClass());
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Event " + envelope.id() + " has data that does not fit "
                    + type.name() + ": " + e.getOriginalMessage());
        }
    }
}
