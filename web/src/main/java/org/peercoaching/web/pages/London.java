package org.peercoaching.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people read them, in Europe/London: "Tuesday 1 December, 6pm". */
@TemplateExtension
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private London() {}

    /** "Tuesday 1 December, 6pm" or "Tuesday 1 December, 6:30pm". */
    public static String when(OffsetDateTime time) {
        return time == null ? "" : when(time.atZoneSameInstant(ZONE));
    }

    public static String when(Instant time) {
        return time == null ? "" : when(time.atZone(ZONE));
    }

    static String when(ZonedDateTime london) {
        return DAY.format(london) + ", " + clock(london);
    }

    /** "6pm", "6:30pm", "12 noon"-free: "12pm". */
    static String clock(ZonedDateTime london) {
        int hour = london.getHour() % 12 == 0 ? 12 : london.getHour() % 12;
        String minutes = london.getMinute() == 0 ? "" : String.format(":%02d", london.getMinute());
        return hour + minutes + (london.getHour() < 12 ? "am" : "pm");
    }

    /** "6pm" for a time on a day already shown. */
    public static String time(OffsetDateTime time) {
        return time == null ? "" : clock(time.atZoneSameInstant(ZONE));
    }

    /** "Tuesday 1 December". */
    public static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(ZONE));
    }

    /** "1 December 2026". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant time) {
        return time == null ? "" : DATE.format(time.atZone(ZONE));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
