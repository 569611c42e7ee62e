package org.peercoaching.schedule.domain.plan;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A call's London time as people read it: "Tuesday 1 December, 6pm", "Monday 18 January, 6:30pm". */
public final class CallTimeWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private CallTimeWords() {}

    public static String of(ZonedDateTime t) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute());
        String suffix = t.getHour() < 12 ? "am" : "pm";
        return DAY.format(t) + ", " + hour12 + minutes + suffix;
    }

    public static String of(Instant at) {
        return of(at.atZone(CallSlotter.LONDON));
    }
}
