package org.peercoaching.schedule.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercoaching.programme.TaperTemplate;

class SteadySlotTest {

    static final CallSlotter.Window TUESDAY_EVENING = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(18, 0),
            LocalTime.of(19, 0));
    static final CallSlotter.Window THURSDAY_MORNING = new CallSlotter.Window(DayOfWeek.THURSDAY, LocalTime.of(10, 0),
            LocalTime.of(11, 0));
    static final List<CallSlotter.Run> TAPER = List.of(new CallSlotter.Run(8, 1), new CallSlotter.Run(4, 2),
            new CallSlotter.Run(2, 4));
    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");
    final CallSlotter slotter = new CallSlotter(Duration.ofMinutes(30));

    static ZonedDateTime london(Instant i) {
        return i.atZone(CallSlotter.LONDON);
    }

    static CallSlotter.Busy busyAt(Instant start) {
        return new CallSlotter.Busy(start, start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theWholePlanIsOneWeekdayAndLondonTimeWithGapsOfSevenFourteenAndTwentyEightDays() {
        CallSlotter.Slot slot = new CallSlotter.Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0));
        List<Instant> plan = CallSlotter.plannedStarts(slot, MONDAY, TAPER);
        assertEquals(14, plan.size());
        for (Instant call : plan) {
            assertEquals(DayOfWeek.TUESDAY, london(call).getDayOfWeek());
            assertEquals(LocalTime.of(18, 0), london(call).toLocalTime(), "18:00 in London on " + call);
        }
        long[] gaps = new long[13];
        for (int i = 1; i < plan.size(); i++) {
            gaps[i - 1] = Duration.between(london(plan.get(i - 1)).toLocalDate().atStartOfDay(),
                    london(plan.get(i)).toLocalDate().atStartOfDay()).toDays();
        }
        assertEquals(List.of(7L, 7L, 7L, 7L, 7L, 7L, 7L, 14L, 14L, 14L, 14L, 28L, 28L),
                java.util.Arrays.stream(gaps).boxed().toList());
        assertEquals(Instant.parse("2027-04-06T17:00:00Z"), plan.get(12), "6pm BST after the March clock change");
    }

    @Test
    void aSlotAnotherPlanOfTheCoachKeepsIsAvoidedWherePossible() {
        CallSlotter.Slot taken = new CallSlotter.Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0));
        CallSlotter.Slot chosen = slotter.chooseSteadySlot(List.of(TUESDAY_EVENING), List.of(TUESDAY_EVENING), MONDAY,
                TAPER, List.of(), List.of(taken)).orElseThrow();
        assertEquals(new CallSlotter.Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 30)), chosen, "not overlapping 18:00-18:30");
    }

    @Test
    void aSlotWhoseLaterCallsWouldClashIsPassedOverForOneFreeOverTheWholePlan() {
        // one booked call of the coach lands on the fourth fortnightly Tuesday at 18:00
        Instant clash = Instant.parse("2027-03-09T18:00:00Z");
        CallSlotter.Slot chosen = slotter.chooseSteadySlot(List.of(TUESDAY_EVENING, THURSDAY_MORNING),
                List.of(TUESDAY_EVENING, THURSDAY_MORNING), MONDAY, TAPER, List.of(busyAt(clash)), List.of()).orElseThrow();
        assertEquals(new CallSlotter.Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 30)), chosen, "18:15 would overlap it");
        assertTrue(CallSlotter.plannedStarts(chosen, MONDAY, TAPER).stream().noneMatch(clash::equals));
    }

    @Test
    void whenEverySlotIsKeptByOthersTheEarliestFreeOneIsStillChosen() {
        List<CallSlotter.Slot> all = slotter.candidates(List.of(TUESDAY_EVENING), List.of(TUESDAY_EVENING));
        assertEquals(3, all.size(), "18:00, 18:15, 18:30");
        assertEquals(all.get(0), slotter.chooseSteadySlot(List.of(TUESDAY_EVENING), List.of(TUESDAY_EVENING), MONDAY,
                TAPER, List.of(), all).orElseThrow());
    }

    @Test
    void noSlotIsInventedWhenTheWindowsDoNotMeet() {
        assertTrue(slotter.chooseSteadySlot(List.of(TUESDAY_EVENING), List.of(THURSDAY_MORNING), MONDAY, TAPER,
                List.of(), List.of()).isEmpty());
    }

    @Test
    void aLaterCallThatClashesMovesOnlyItselfToTheNearestFreeTimeThatWeek() {
        Instant planned = Instant.parse("2027-01-26T18:00:00Z");
        List<CallSlotter.Window> windows = List.of(TUESDAY_EVENING, THURSDAY_MORNING);
        assertEquals(planned, slotter.placeInWeek(planned, windows, windows, MONDAY, List.of()).orElseThrow());
        assertEquals(Instant.parse("2027-01-26T18:30:00Z"),
                slotter.placeInWeek(planned, windows, windows, MONDAY, List.of(busyAt(planned))).orElseThrow());
        List<CallSlotter.Busy> wholeEvening = List.of(new CallSlotter.Busy(planned, planned.plus(Duration.ofHours(1))));
        assertEquals(Instant.parse("2027-01-28T10:00:00Z"),
                slotter.placeInWeek(planned, windows, windows, MONDAY, wholeEvening).orElseThrow(), "Thursday that week");
        assertFalse(slotter.placeInWeek(planned, List.of(TUESDAY_EVENING), List.of(TUESDAY_EVENING), MONDAY,
                wholeEvening).isPresent(), "no free time that week");
    }

    @Test
    void theNextStageStartsItsIntervalAfterTheLastPlannedCallAtTheSteadySlot() {
        CallSlotter.Slot slot = new CallSlotter.Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0));
        TaperTemplate.Stage fortnightly = new TaperTemplate.Stage("FORTNIGHTLY", 2, 4);
        TaperTemplate.Stage monthly = new TaperTemplate.Stage("MONTHLY", 4, 2);
        Instant lastWeekly = Instant.parse("2027-01-12T18:00:00Z");
        assertEquals(Instant.parse("2027-01-26T18:00:00Z"),
                StageRule.nextStageFirstCall(slot, lastWeekly, fortnightly, lastWeekly));
        // the last weekly call was moved to the Thursday of its week: the slot still counts from the Tuesday
        assertEquals(Instant.parse("2027-01-26T18:00:00Z"), StageRule.nextStageFirstCall(slot,
                Instant.parse("2027-01-14T10:00:00Z"), fortnightly, lastWeekly));
        // across the clock change: 6pm GMT on 9 March, 6pm BST four weeks on
        assertEquals(Instant.parse("2027-04-06T17:00:00Z"), StageRule.nextStageFirstCall(slot,
                Instant.parse("2027-03-09T18:00:00Z"), monthly, Instant.parse("2027-03-09T19:00:00Z")));
        // too soon (the job ran late): whole intervals later, still at the slot
        assertEquals(Instant.parse("2027-02-09T18:00:00Z"), StageRule.nextStageFirstCall(slot, lastWeekly, fortnightly,
                Instant.parse("2027-01-27T00:00:00Z")));
    }

    @Test
    void aStageEndsOnlyOnceItsPlannedTimeHasPassed() {
        Instant last = Instant.parse("2027-01-12T18:00:00Z");
        assertFalse(StageRule.plannedTimeHasPassed(last, last.minusSeconds(1)));
        assertTrue(StageRule.plannedTimeHasPassed(last, last));
        assertTrue(StageRule.plannedTimeHasPassed(null, last), "plans from before stage times");
    }
}
