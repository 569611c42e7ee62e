package org.peercoaching.schedule.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallSlotterTest {

    static final CallSlotter.Window COACH_TUESDAY = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0));
    static final CallSlotter.Window PERSON_TUESDAY = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(19, 0));
    final CallSlotter slotter = new CallSlotter(Duration.ofMinutes(30));

    static ZonedDateTime london(Instant i) {
        return i.atZone(CallSlotter.LONDON);
    }

    @Test
    void theFirstCallIsTheEarliestTimeBothAreFreeAfterTheNotice() {
        Instant notBefore = Instant.parse("2026-11-24T10:00:00Z"); // Tuesday morning
        List<Instant> calls = slotter.slot(List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY), notBefore, 1, 8, List.of())
                .orElseThrow();
        assertEquals(8, calls.size());
        assertEquals(Instant.parse("2026-11-24T18:00:00Z"), calls.get(0));
        assertEquals(Instant.parse("2027-01-12T18:00:00Z"), calls.get(7));
    }

    @Test
    void aWeeklySixPmCallStaysAtSixPmLondonTimeAcrossTheClockChange() {
        Instant notBefore = Instant.parse("2027-03-15T00:00:00Z");
        List<Instant> calls = slotter.slot(List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY), notBefore, 1, 4, List.of())
                .orElseThrow();
        for (Instant call : calls) {
            assertEquals(LocalTime.of(18, 0), london(call).toLocalTime(), "18:00 in London on " + call);
            assertEquals(DayOfWeek.TUESDAY, london(call).getDayOfWeek());
        }
        assertEquals(Instant.parse("2027-03-23T18:00:00Z"), calls.get(1), "GMT before 28 March");
        assertEquals(Instant.parse("2027-03-30T17:00:00Z"), calls.get(2), "BST after 28 March");
    }

    @Test
    void aCallNeverOverlapsAnotherOfTheCoachsCalls() {
        Instant notBefore = Instant.parse("2026-11-24T10:00:00Z");
        List<CallSlotter.Busy> busy = List.of(new CallSlotter.Busy(Instant.parse("2027-01-05T18:00:00Z"),
                Instant.parse("2027-01-05T18:30:00Z")));
        List<Instant> calls = slotter.slot(List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY), notBefore, 1, 8, busy)
                .orElseThrow();
        assertEquals(LocalTime.of(18, 30), london(calls.get(0)).toLocalTime(), "moved past the busy half hour");
        assertTrue(calls.stream().noneMatch(c -> c.equals(Instant.parse("2027-01-05T18:00:00Z"))));
    }

    @Test
    void noTimeIsInventedWhenTheWindowsDoNotMeet() {
        CallSlotter.Window friday = new CallSlotter.Window(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertTrue(slotter.slot(List.of(friday), List.of(COACH_TUESDAY), Instant.parse("2026-11-24T10:00:00Z"), 1, 8,
                List.of()).isEmpty());
    }

    @Test
    void aSharedWindowShorterThanACallIsNotUsed() {
        CallSlotter.Window shortOverlap = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(19, 45), LocalTime.of(21, 0));
        assertTrue(slotter.slot(List.of(shortOverlap), List.of(COACH_TUESDAY), Instant.parse("2026-11-24T10:00:00Z"), 1,
                8, List.of()).isEmpty());
    }

    @Test
    void aWindowEndingAtMidnightDoesNotWrapIntoTheNextDay() {
        CallSlotter.Window late = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(23, 0), LocalTime.MAX);
        List<Instant> calls = slotter.slot(List.of(late), List.of(late), Instant.parse("2026-11-24T10:00:00Z"), 1, 2,
                List.of()).orElseThrow();
        assertEquals(LocalTime.of(23, 0), london(calls.get(0)).toLocalTime());
    }

    @Test
    void aMovedCallFitsOnlyInsideBothWindowsAndClearOfTheCoachsOtherCalls() {
        List<CallSlotter.Busy> busy = List.of(new CallSlotter.Busy(Instant.parse("2026-12-01T18:30:00Z"),
                Instant.parse("2026-12-01T19:00:00Z")));
        assertTrue(slotter.fits(Instant.parse("2026-12-01T18:00:00Z"), List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY), busy));
        assertTrue(!slotter.fits(Instant.parse("2026-12-01T18:30:00Z"), List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY), busy),
                "overlaps another call");
        assertTrue(!slotter.fits(Instant.parse("2026-12-01T18:45:00Z"), List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY),
                List.of()), "runs past the person's window at 19:00");
        assertTrue(!slotter.fits(Instant.parse("2026-12-01T17:30:00Z"), List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY),
                List.of()), "before the coach's window");
        assertTrue(!slotter.fits(Instant.parse("2026-12-02T18:00:00Z"), List.of(PERSON_TUESDAY), List.of(COACH_TUESDAY),
                List.of()), "a Wednesday");
    }

    @Test
    void windowsSurviveBeingStoredWithThePlan() {
        List<CallSlotter.Window> windows = List.of(PERSON_TUESDAY, COACH_TUESDAY);
        assertEquals(windows, CallSlotter.Window.parseAll(CallSlotter.Window.formatAll(windows)));
    }
}
