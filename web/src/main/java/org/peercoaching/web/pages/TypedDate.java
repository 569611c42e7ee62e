package org.peercoaching.web.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as typed into a form. A date field sends 2026-10-01; a browser without a date picker sends what the
 * person typed, so 1/10/2026, 1-10-2026, 1.10.2026, 1 10 2026 and 1 October 2026 (or Oct) are read as well,
 * always day before month as in the UK. A date that does not exist (31 February) is no date.
 */
public final class TypedDate {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/uuuu"),
            pattern("d-M-uuuu"),
            pattern("d.M.uuuu"),
            pattern("d M uuuu"),
            pattern("d MMMM uuuu"),
            pattern("d MMM uuuu"));

    private TypedDate() {}

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date, or empty if nothing was typed or it is not a date. */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
