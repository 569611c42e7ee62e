package org.peercoaching.schedule.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peercoaching.programme.TaperTemplate;

class StageRuleTest {

    static final TaperTemplate PROGRAMME = new TaperTemplate(List.of(
            new TaperTemplate.Stage("WEEKLY", 1, 8),
            new TaperTemplate.Stage("FORTNIGHTLY", 2, 4),
            new TaperTemplate.Stage("MONTHLY", 4, 2)));
    final CallSlotter slotter = new CallSlotter(Duration.ofMinutes(30));

    @Test
    void aStageEndsOnlyWhenNoneOfItsCallsIsStillToHappen() {
        assertEquals(Optional.empty(), StageRule.nextStage(PROGRAMME, 0, 1));
        assertEquals(Optional.of("FORTNIGHTLY"), StageRule.nextStage(PROGRAMME, 0, 0));
        assertEquals(Optional.of("MONTHLY"), StageRule.nextStage(PROGRAMME, 1, 0));
        assertEquals(Optional.of("GRADUATED"), StageRule.nextStage(PROGRAMME, 2, 0));
        assertEquals(Optional.empty(), StageRule.nextStage(PROGRAMME, 2, 2));
    }

    /** Confirmed on Wednesday 23 September 2026; the clocks go back on Sunday 25 October 2026. */
    @Test
    void theDefaultPlanFallsOnTheseFourteenTuesdaysAtSixPmLondonTimeAcrossTheClockChange() {
        CallSlotter.Window tuesdayEvening = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(18, 0),
                LocalTime.of(20, 0));
        Instant confirmed = Instant.parse("2026-09-24T10:00:00Z");
        List<CallSlotter.Run> runs = PROGRAMME.stages().stream()
                .map(stage -> new CallSlotter.Run(stage.calls(), stage.intervalWeeks())).toList();
        CallSlotter.Slot slot = slotter.chooseSteadySlot(List.of(tuesdayEvening), List.of(tuesdayEvening), confirmed,
                runs, List.of(), List.of()).orElseThrow();
        List<Instant> plan = CallSlotter.plannedStarts(slot, confirmed, runs);
        assertEquals(List.of(
                // weekly: 18:00 BST is 17:00 UTC until 25 October, then 18:00 GMT
                Instant.parse("2026-09-29T17:00:00Z"), Instant.parse("2026-10-06T17:00:00Z"),
                Instant.parse("2026-10-13T17:00:00Z"), Instant.parse("2026-10-20T17:00:00Z"),
                Instant.parse("2026-10-27T18:00:00Z"), Instant.parse("2026-11-03T18:00:00Z"),
                Instant.parse("2026-11-10T18:00:00Z"), Instant.parse("2026-11-17T18:00:00Z"),
                // fortnightly
                Instant.parse("2026-12-01T18:00:00Z"), Instant.parse("2026-12-15T18:00:00Z"),
                Instant.parse("2026-12-29T18:00:00Z"), Instant.parse("2027-01-12T18:00:00Z"),
                // four-weekly, then graduation
                Instant.parse("2027-02-09T18:00:00Z"), Instant.parse("2027-03-09T18:00:00Z")), plan);
        assertTrue(plan.stream().allMatch(i -> i.atZone(CallSlotter.LONDON).toLocalTime().equals(LocalTime.of(18, 0))));
    }
}
