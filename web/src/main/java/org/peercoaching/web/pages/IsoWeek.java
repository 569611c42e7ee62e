package org.peercoaching.web.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week such as 2026-W49, as the call list API takes it, with its Monday for people to read. */
public record IsoWeek(String code, LocalDate monday) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    public static IsoWeek containing(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new IsoWeek(String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday);
    }

    public static Optional<IsoWeek> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Optional.of(containing(monday));
    }

    public IsoWeek previous() {
        return containing(monday.minusWeeks(1));
    }

    public IsoWeek next() {
        return containing(monday.plusWeeks(1));
    }

    /** "Monday 30 November". */
    public String startsOn() {
        return READABLE.format(monday);
    }
}
