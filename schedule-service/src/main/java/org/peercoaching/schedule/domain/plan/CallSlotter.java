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

    /** The plan's steady call time: one weekday and London wall-clock time, kept across stages. */
    public record Slot(DayOfWeek day, LocalTime time) {

        /** The slot's start in the London week (Monday to Sunday) that holds this instant. */
        public Instant inWeekOf(Instant any) {
            LocalDate monday = any.atZone(LONDON).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return ZonedDateTime.of(monday.with(TemporalAdjusters.nextOrSame(day)), time, LONDON).toInstant();
        }

        /** The first start of this slot at or after the instant. */
        public Instant firstFrom(Instant notBefore) {
            LocalDate date = notBefore.atZone(LONDON).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            Instant start = ZonedDateTime.of(date, time, LONDON).toInstant();
            return start.isBefore(notBefore) ? weeksLater(start, 1) : start;
        }

        /** The same London weekday and time, whole weeks later (18:00 stays 18:00 across the clock change). */
        public static Instant weeksLater(Instant start, long weeks) {
            return start.atZone(LONDON).plusWeeks(weeks).toInstant();
        }
    }

    /** A run of calls in the taper: how many, and how many weeks apart. */
    public record Run(int calls, int intervalWeeks) {}

    private final Duration callLength;

    public CallSlotter(Duration callLength) {
        this.callLength = callLength;
    }

    public Duration callLength() {
        return callLength;
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

    /**
     * The steady slot for a whole plan, chosen when it starts (or moves to a new coach). In order of
     * preference: a slot no other plan of the coach keeps and where no call of the whole plan clashes with
     * the coach's booked calls; then one where only the booked calls are free of clashes; then one where at
     * least the first run is (later calls that clash are moved within their week when booked). Among equals,
     * the earliest first call.
     */
    public Optional<Slot> chooseSteadySlot(Collection<Window> personWindows, Collection<Window> coachWindows,
            Instant notBefore, List<Run> runs, Collection<Busy> coachBusy, Collection<Slot> othersKeep) {
        List<Slot> candidates = candidates(personWindows, coachWindows);
        List<java.util.function.Predicate<Slot>> tiers = List.of(
                slot -> !taken(slot, othersKeep) && free(plannedStarts(slot, notBefore, runs), coachBusy),
                slot -> free(plannedStarts(slot, notBefore, runs), coachBusy),
                slot -> free(plannedStarts(slot, notBefore, runs.subList(0, 1)), coachBusy));
        for (java.util.function.Predicate<Slot> tier : tiers) {
            Optional<Slot> best = candidates.stream().filter(tier)
                    .min(java.util.Comparator.comparing((Slot slot) -> slot.firstFrom(notBefore)));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /**
     * Every start of the runs at the slot: the first at or after notBefore, then each run's interval; the
     * first call of a later run is that run's interval after the last call of the one before.
     */
    public static List<Instant> plannedStarts(Slot slot, Instant notBefore, List<Run> runs) {
        List<Instant> starts = new ArrayList<>();
        Instant first = slot.firstFrom(notBefore);
        for (Run run : runs) {
            for (int i = 0; i < run.calls(); i++) {
                starts.add(starts.isEmpty() ? first
                        : Slot.weeksLater(starts.get(starts.size() - 1), run.intervalWeeks()));
            }
        }
        return starts;
    }

    /**
     * Where one call of a later stage goes: its steady time if free, otherwise the nearest free time in the
     * shared windows of the same London week (not before notBefore); empty if that week has none.
     */
    public Optional<Instant> placeInWeek(Instant planned, Collection<Window> personWindows,
            Collection<Window> coachWindows, Instant notBefore, Collection<Busy> coachBusy) {
        if (!planned.isBefore(notBefore) && !clashes(planned, coachBusy)) {
            return Optional.of(planned);
        }
        return candidates(personWindows, coachWindows).stream()
                .map(slot -> slot.inWeekOf(planned))
                .filter(start -> !start.isBefore(notBefore) && !clashes(start, coachBusy))
                .min(java.util.Comparator.comparing((Instant start) -> Duration.between(planned, start).abs())
                        .thenComparing(java.util.Comparator.naturalOrder()));
    }

    /** Every start time a call fits in the shared windows, in 15-minute steps, in week order. */
    public List<Slot> candidates(Collection<Window> personWindows, Collection<Window> coachWindows) {
        List<Slot> slots = new ArrayList<>();
        long length = callLength.toMinutes();
        for (Window shared : intersections(personWindows, coachWindows)) {
            long last = shared.end().toSecondOfDay() / 60 + (shared.end().equals(LocalTime.MAX) ? 1 : 0) - length;
            for (long minute = shared.start().toSecondOfDay() / 60; minute <= last; minute += STEP_MINUTES) {
                slots.add(new Slot(shared.day(), LocalTime.ofSecondOfDay(minute * 60L)));
            }
        }
        return slots;
    }

    private boolean taken(Slot slot, Collection<Slot> othersKeep) {
        long from = slot.time().toSecondOfDay() / 60;
        return othersKeep.stream().anyMatch(other -> other.day() == slot.day()
                && Math.abs(other.time().toSecondOfDay() / 60 - from) < callLength.toMinutes());
    }

    private boolean free(List<Instant> starts, Collection<Busy> busy) {
        return starts.stream().noneMatch(start -> clashes(start, busy));
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
