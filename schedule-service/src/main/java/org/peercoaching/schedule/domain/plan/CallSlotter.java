package org.peercoaching.schedule.domain.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.peercoaching.kit.time.London;
import org.peercoaching.programme.CallWindows;

/**
 * Finds a weekly day and time, inside both the coach's and the person's call windows, where a run of
 * calls fits without overlapping any of the coach's other calls. Times are Europe/London wall-clock
 * times, so a call at 18:00 stays at 18:00 across the clock change. Pure.
 */
public final class CallSlotter {

    public static final ZoneId LONDON = London.ZONE;
    static final int STEP_MINUTES = 15;

    public record Window(DayOfWeek day, LocalTime start, LocalTime end) implements CallWindows.Weekly {

        /** "TUESDAY 18:00-20:00", the form stored with a plan. */
        public String format() {
            return day + " " + start + "-" + end;
        }

        public static String formatAll(Collection<Window> windows) {
            return String.join(";", windows.stream().map(Window::format).toList());
        }

        public static List<Window> parseAll(String text) {
            List<Window> windows = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return windows;
            }
            for (String part : text.split(";")) {
                String[] dayAndTimes = part.trim().split(" ");
                String[] times = dayAndTimes[1].split("-");
                windows.add(new Window(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
                        LocalTime.parse(times[1])));
            }
            return windows;
        }

        /** Whether a call of the given length starting at this London wall-clock time fits inside. */
        public boolean fits(DayOfWeek onDay, LocalTime from, Duration length) {
            if (onDay != day || from.isBefore(start)) {
                return false;
            }
            long endMinute = from.toSecondOfDay() / 60 + length.toMinutes();
            return endMinute <= end.toSecondOfDay() / 60 + (end.equals(LocalTime.MAX) ? 1 : 0);
        }
    }

    public record Busy(Instant start, Instant end) {
        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    private final Duration callLength;

    public CallSlotter(Duration callLength) {
        this.callLength = callLength;
    }

    /**
     * The start of each call in the run, or empty if no common slot exists; the coordinator is then
     * asked to sort it out rather than a time being invented.
     */
    public Optional<List<Instant>> slot(Collection<Window> personWindows, Collection<Window> coachWindows,
            Instant notBefore, int intervalWeeks, int calls, Collection<Busy> coachBusy) {
        Optional<List<Instant>> earliest = Optional.empty();
        long length = callLength.toMinutes();
        for (Window shared : intersections(personWindows, coachWindows)) {
            int last = shared.end().toSecondOfDay() / 60 - (int) length;
            for (int minute = shared.start().toSecondOfDay() / 60; minute <= last; minute += STEP_MINUTES) {
                List<Instant> run = run(shared.day(), LocalTime.ofSecondOfDay(minute * 60L), notBefore,
                        intervalWeeks, calls);
                if (run.stream().noneMatch(start -> clashes(start, coachBusy))) {
                    if (earliest.isEmpty() || run.get(0).isBefore(earliest.get().get(0))) {
                        earliest = Optional.of(run);
                    }
                    break;
                }
            }
        }
        return earliest;
    }

    /** Whether one call at this time fits both sides' windows and none of the coach's other calls. */
    public boolean fits(Instant start, Collection<Window> personWindows, Collection<Window> coachWindows,
            Collection<Busy> coachBusy) {
        ZonedDateTime local = start.atZone(LONDON);
        boolean person = personWindows.stream().anyMatch(w -> w.fits(local.getDayOfWeek(), local.toLocalTime(), callLength));
        boolean coach = coachWindows.stream().anyMatch(w -> w.fits(local.getDayOfWeek(), local.toLocalTime(), callLength));
        return person && coach && !clashes(start, coachBusy);
    }

    private List<Instant> run(DayOfWeek day, LocalTime time, Instant notBefore, int intervalWeeks, int calls) {
        ZonedDateTime earliest = notBefore.atZone(LONDON);
        LocalDate date = earliest.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        if (ZonedDateTime.of(date, time, LONDON).toInstant().isBefore(notBefore)) {
            date = date.plusWeeks(1);
        }
        List<Instant> starts = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            starts.add(ZonedDateTime.of(date.plusWeeks((long) i * intervalWeeks), time, LONDON).toInstant());
        }
        return starts;
    }

    private boolean clashes(Instant start, Collection<Busy> busy) {
        Instant end = start.plus(callLength);
        return busy.stream().anyMatch(b -> b.overlaps(start, end));
    }

    static List<Window> intersections(Collection<Window> a, Collection<Window> b) {
        return CallWindows.shared(a, b).stream().map(w -> new Window(w.day(), w.start(), w.end())).toList();
    }
}
