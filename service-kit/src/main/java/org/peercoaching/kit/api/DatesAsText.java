package org.peercoaching.kit.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates and times are read only from their ISO-8601 text. Jackson's java.time readers otherwise take an epoch
 * number ({@code 12345} or {@code "12345"} becomes 1970-01-01T03:25:45Z for an Instant, OffsetDateTime or
 * ZonedDateTime) or an array ({@code [2027,1,5]} for a LocalDate); each is refused as a value of the wrong type,
 * which the problem mappers report as "must be a date and time as text" naming the field.
 */
public class DatesAsText extends BeanDeserializerModifier {

    private static final long serialVersionUID = 1L;

    private static final Set<Class<?>> TEXT_ONLY = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetTime.class);

    /** Types whose reader takes a string of digits as an epoch timestamp. */
    private static final Set<Class<?>> READS_DIGITS_AS_EPOCH = Set.of(Instant.class, OffsetDateTime.class,
            ZonedDateTime.class);

    private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?\\d+(\\.\\d*)?\\s*");

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        Class<?> type = beanDesc.getBeanClass();
        return TEXT_ONLY.contains(type) ? new TextOnly(deserializer, type) : deserializer;
    }

    static final class TextOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final Class<?> type;

        TextOnly(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new TextOnly(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!PlainText.ownWriting(ctxt) && !p.hasToken(JsonToken.VALUE_NULL)) {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return ctxt.handleUnexpectedToken(type, p);
                }
                if (READS_DIGITS_AS_EPOCH.contains(type) && NUMBER.matcher(p.getText()).matches()) {
                    return ctxt.reportInputMismatch(type, "A number in quotes is not an ISO-8601 %s",
                            type.getSimpleName());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
