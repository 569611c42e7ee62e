package org.peercoaching.schedule.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which of a coach's booked calls a short pause (holiday, illness; issue #18) moves and which it skips. Pure.
 *
 * <p>The pause runs from {@code pauseStart} to the start of the London day the coach is back ({@code until}). For each
 * person, their booked calls starting in the pause are affected. Only the last of them can move (moving every one
 * would bunch them up after the pause); any earlier ones are skipped. That last one moves to the first time after
 * the pause that fits both their call windows and none of the coach's other calls, if the stage's cadence allows it:
 * the new time is earlier than one stage interval after the original time, and on a day before the person's next
 * booked call. Otherwise it is skipped too: a skipped call is neither made nor missed.
 */
public final class ShortPauseRule {

    /** One booked call: its id, start and the interval (weeks) of its stage. */
    public record BookedCall(UUID callId, Instant startsAt, int intervalWeeks) {}

    /** One person's plan: their windows, the coach's windows as known to the plan, and their booked calls. */
    public record Person(UUID planId, List<CallSlotter.Window> personWindows, List<CallSlotter.Window> coachWindows,
            List<BookedCall> booked) {}

    /** What happens to one call: moved to {@code to}, or skipped when {@code to} is null. */
    public record Change(UUID planId, UUID callId, Instant from, Instant to) {
        public boolean skipped() {
            return to == null;
        }
    }

    private final CallSlotter slotter;

    public ShortPauseRule(CallSlotter slotter) {
        this.slotter = slotter;
    }

    /** The instant the coach is back: the start of the London day {@code until}. */
    public static Instant backAt(LocalDate until) {
        return until.atStartOfDay(CallSlotter.LONDON).toInstant();
    }

    /**
     * The changes for these people, earliest original call first.
     *
     * @param coachBusy the coach's booked calls other than those of these people that fall in the pause (moved calls
     *     are added as they are placed, so two people never get the same time)
     */
    public List<Change> changes(Instant pauseStart, LocalDate until, List<Person> people,
            List<CallSlotter.Busy> coachBusy) {
        Instant back = backAt(until);
        if (!back.isAfter(pauseStart)) {
            return List.of();
        }
        List<CallSlotter.Busy> busy = new ArrayList<>(coachBusy);
        record Candidate(Person person, BookedCall call, Optional<BookedCall> next) {}
        List<Change> changes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Person person : people) {
            List<BookedCall> inOrder = person.booked().stream()
                    .sorted(Comparator.comparing(BookedCall::startsAt)).toList();
            List<BookedCall> inPause = inOrder.stream()
                    .filter(c -> !c.startsAt().isBefore(pauseStart) && c.startsAt().isBefore(back)).toList();
            if (inPause.isEmpty()) {
                continue;
            }
            for (BookedCall c : inPause.subList(0, inPause.size() - 1)) {
                changes.add(new Change(person.planId(), c.callId(), c.startsAt(), null));
            }
            BookedCall last = inPause.get(inPause.size() - 1);
            Optional<BookedCall> next = inOrder.stream().filter(c -> !c.startsAt().isBefore(back)).findFirst();
            candidates.add(new Candidate(person, last, next));
            // the person's calls after the pause stay where they are: keep them busy for the others
            inOrder.stream().filter(c -> !c.startsAt().isBefore(back))
                    .forEach(c -> busy.add(new CallSlotter.Busy(c.startsAt(), c.startsAt().plus(slotter.callLength()))));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.call().startsAt()).thenComparing(c -> c.call().callId()));
        for (Candidate candidate : candidates) {
            BookedCall call = candidate.call();
            Instant cadenceLimit = CallSlotter.Slot.weeksLater(call.startsAt(), call.intervalWeeks());
            Optional<Instant> to = slotter.slot(candidate.person().personWindows(), candidate.person().coachWindows(),
                            back, 1, 1, busy)
                    .map(starts -> starts.get(0))
                    .filter(start -> start.isBefore(cadenceLimit))
                    .filter(start -> candidate.next().isEmpty() || londonDay(start).isBefore(
                            londonDay(candidate.next().get().startsAt())));
            to.ifPresent(start -> busy.add(new CallSlotter.Busy(start, start.plus(slotter.callLength()))));
            changes.add(new Change(candidate.person().planId(), call.callId(), call.startsAt(), to.orElse(null)));
        }
        changes.sort(Comparator.comparing(Change::from).thenComparing(Change::callId));
        return changes;
    }

    private static LocalDate londonDay(Instant at) {
        ZonedDateTime local = at.atZone(CallSlotter.LONDON);
        return local.toLocalDate();
    }
}
