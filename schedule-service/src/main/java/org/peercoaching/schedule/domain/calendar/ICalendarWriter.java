package org.peercoaching.schedule.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/**
 * Writes a coach's calls as an RFC 5545 calendar: one VEVENT per call with a UID that never changes
 * (plan and call number), so a moved call updates in place; cancelled calls stay as STATUS:CANCELLED;
 * times in Europe/London with its VTIMEZONE. Only the person's first name: no phone, no notes. Pure.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public record Event(UUID planId, int callNumber, int totalCalls, int sequence, String firstName, String stage,
            Instant start, Instant end, boolean cancelled) {}

    private ICalendarWriter() {}

    public static String write(List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Peer Coaching//Schedule Service//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:Coaching calls");
        line(out, "X-WR-TIMEZONE:Europe/London");
        for (String tz : VTIMEZONE_LONDON) {
            line(out, tz);
        }
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:call-" + e.planId() + "-" + e.callNumber() + "@peer-coaching");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "SEQUENCE:" + e.sequence());
            line(out, "DTSTART;TZID=Europe/London:" + LOCAL.format(e.start().atZone(CallSlotter.LONDON)));
            line(out, "DTEND;TZID=Europe/London:" + LOCAL.format(e.end().atZone(CallSlotter.LONDON)));
            line(out, "SUMMARY:" + text("Coaching call with " + e.firstName() + " (" + e.callNumber() + " of "
                    + e.totalCalls() + ")"));
            line(out, "DESCRIPTION:" + text("Call " + e.callNumber() + " of " + e.totalCalls() + ", "
                    + e.stage().toLowerCase() + " stage. The phone number and last call's goals are in your"
                    + " weekly call list."));
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 text escaping: backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets (a continuation line starts with a space). */
    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int lineOctets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int octets = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (lineOctets + octets > limit) {
                out.append("\r\n ");
                lineOctets = 0;
                limit = 74;
            }
            out.appendCodePoint(cp);
            lineOctets += octets;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    static final List<String> VTIMEZONE_LONDON = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");
}
