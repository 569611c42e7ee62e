package org.peercoaching.kit.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Says in plain words which JSON value a Java type wants, for "must be ..." field messages. */
final class JsonTypes {

    private JsonTypes() {}

    static String describe(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false (not in quotes)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class) {
            return "a whole number (not in quotes)";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || Number.class.isAssignableFrom(type)) {
            return "a number (not in quotes)";
        }
        if (type == LocalDate.class) {
            return "a date as text, such as \"2027-01-05\"";
        }
        if (type == LocalTime.class) {
            return "a time as text, such as \"18:30\"";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || Temporal.class.isAssignableFrom(type) || type == java.util.Date.class) {
            return "a date and time as text, such as \"2027-01-05T18:00:00Z\"";
        }
        if (type == String.class || type == UUID.class || type.isEnum()) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
