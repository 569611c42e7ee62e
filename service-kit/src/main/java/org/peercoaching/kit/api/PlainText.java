package org.peercoaching.kit.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * Every text value in a request body is plain text, checked as it is read so a refused body stores nothing.
 *
 * <ul>
 *   <li>Only a JSON string is text: {@code 123}, {@code true} or an object for a text field is refused
 *       (the coercion is turned off in {@link StrictJson}; this class reads strings only through Jackson's own
 *       reader for anything else, which then fails).</li>
 *   <li>Control characters are refused: C0 (U+0000 to U+001F, NUL included), DEL and C1 (U+0080 to U+009F).</li>
 *   <li>Line breaks and tabs (U+000A, U+000D, U+0009) are the exception, allowed only in <b>free text</b>: a field
 *       whose {@code @Size(max)} is {@value #FREE_TEXT_MIN_LENGTH} characters or more (notes, goals, reasons,
 *       details). Every other text field (names, ids, phone numbers, codes) is a single line.</li>
 *   <li>Bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069) are refused:
 *       they make text display differently from what was stored ("Trojan Source"). The plain direction marks
 *       U+200E, U+200F and U+061C are allowed: they cannot reorder text and mixed Urdu/English needs them.</li>
 *   <li>A lone UTF-16 surrogate (sent as an escape such as {@code "\ud800"}) is not text and is refused.</li>
 * </ul>
 *
 * A refusal is an {@link UnsafeTextException}, which the problem mappers turn into the invalid-fields problem
 * naming the field's JSON path. Events the services wrote themselves are read with {@link #OWN_WRITING} set and
 * are not checked again: their free text carries no {@code @Size}, and it was checked when it came in.
 */
public class PlainText extends StdScalarDeserializer<String> implements ContextualDeserializer {

    /** A field allowing at least this many characters is free text, where line breaks and tabs are allowed. */
    public static final int FREE_TEXT_MIN_LENGTH = 500;

    /** Reader attribute: the JSON was written by one of the services (an event), so it is not checked again. */
    public static final String OWN_WRITING = "org.peercoaching.kit.api.PlainText.ownWriting";

    private final boolean freeText;

    public PlainText() {
        this(false);
    }

    private PlainText(boolean freeText) {
        super(String.class);
        this.freeText = freeText;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        Size size = property == null ? null : property.getAnnotation(Size.class);
        boolean free = size != null && size.max() >= FREE_TEXT_MIN_LENGTH;
        return free == freeText ? this : new PlainText(free);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            // Numbers, booleans, objects and arrays: Jackson's own reader, which refuses them (see StrictJson).
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
        String text = p.getText();
        if (!ownWriting(ctxt)) {
            String problem = problem(text, freeText);
            if (problem != null) {
                throw new UnsafeTextException(p, problem);
            }
        }
        return text;
    }

    static boolean ownWriting(DeserializationContext ctxt) {
        return Boolean.TRUE.equals(ctxt.getAttribute(OWN_WRITING));
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    /** What is wrong with this text, in plain words for the field message, or null when it is plain text. */
    public static String problem(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            String found = " (found " + codePoint(c) + " at character " + (i + 1) + ")";
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!freeText) {
                    return "must be a single line: line breaks and tabs are allowed only in free text such as notes"
                            + " and reasons" + found;
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "must not contain control characters" + found;
            } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return "must not contain bidirectional override or isolate characters, which make text display"
                        + " differently from what is stored" + found;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text: a lone surrogate is not a character" + found;
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** A text value that is not plain text; the message says why and where, for the field error. */
    public static class UnsafeTextException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        public UnsafeTextException(JsonParser p, String message) {
            super(p, message, String.class);
        }
    }
}
