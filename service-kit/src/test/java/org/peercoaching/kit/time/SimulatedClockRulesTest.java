package org.peercoaching.kit.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercoaching.kit.problem.ProblemException;

class SimulatedClockRulesTest {

    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void theProdProfileRefusesAMovableClockAndEveryOtherProfileMayUseOne() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClockProducer.refuseInProduction(true, List.of("prod")));
        assertEquals(true, refused.getMessage().contains("not allowed in the prod profile"));
        assertDoesNotThrow(() -> ClockProducer.refuseInProduction(false, List.of("prod")));
        assertDoesNotThrow(() -> ClockProducer.refuseInProduction(true, List.of("local")));
        assertDoesNotThrow(() -> ClockProducer.refuseInProduction(true, List.of("test")));
    }

    @Test
    void theClockMovesByADurationOrToAnInstantButNeverBack() {
        assertEquals(NOW.plusSeconds(7 * 86400), ClockResource.targetOf(new ClockResource.AdvanceBody("P7D", null), NOW));
        assertEquals(Instant.parse("2027-03-01T09:00:00Z"),
                ClockResource.targetOf(new ClockResource.AdvanceBody(null, "2027-03-01T09:00:00Z"), NOW));
        assertEquals("by", fieldOf(new ClockResource.AdvanceBody(null, null)));
        assertEquals("to", fieldOf(new ClockResource.AdvanceBody("P1D", "2027-03-01T09:00:00Z")));
        assertEquals("by", fieldOf(new ClockResource.AdvanceBody("a week", null)));
        assertEquals("by", fieldOf(new ClockResource.AdvanceBody("-P1D", null)));
        assertEquals("to", fieldOf(new ClockResource.AdvanceBody(null, "2026-01-01T00:00:00Z")));
        assertEquals("to", fieldOf(new ClockResource.AdvanceBody(null, "next Tuesday")));

        SimulatedClock clock = new SimulatedClock(NOW);
        clock.moveTo(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), clock.instant());
        assertThrows(IllegalArgumentException.class, () -> clock.moveTo(NOW));
    }

    static String fieldOf(ClockResource.AdvanceBody body) {
        ProblemException problem = assertThrows(ProblemException.class, () -> ClockResource.targetOf(body, NOW));
        assertEquals(400, problem.status());
        return problem.toProblem("/api/v1/clock/advance").errors().get(0).field();
    }
}
