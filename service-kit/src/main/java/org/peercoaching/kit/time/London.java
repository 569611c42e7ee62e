package org.peercoaching.kit.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one time zone people see: every time is stored in UTC and shown in Europe/London. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private London() {}

    /** A date as people read it in messages: "3 March 2027". */
    public static String dateInWords(LocalDate date) {
        return DATE_WORDS.format(date);
    }
}
