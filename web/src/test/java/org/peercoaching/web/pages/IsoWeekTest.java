package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void aWeekCodeParsesToItsMonday() {
        IsoWeek week = IsoWeek.parse("2026-W49").orElseThrow();
        assertEquals("2026-W49", week.code());
        assertEquals(LocalDate.of(2026, 11, 30), week.monday());
        assertEquals("Monday 30 November", week.startsOn());
    }

    @Test
    void everyDayOfAWeekIsInThatWeek() {
        for (int d = 0; d < 7; d++) {
            LocalDate day = LocalDate.of(2026, 11, 30).plusDays(d);
            assertEquals(new IsoWeek("2026-W49", LocalDate.of(2026, 11, 30)), IsoWeek.containing(day), day.toString());
        }
        assertEquals("2026-W50", IsoWeek.containing(LocalDate.of(2026, 12, 7)).code());
    }

    @Test
    void week53ExistsOnlyInLongYears() {
        IsoWeek w53 = IsoWeek.parse("2026-W53").orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 28), w53.monday());
        assertEquals(Optional.empty(), IsoWeek.parse("2025-W53"));
        assertTrue(IsoWeek.parse("2020-W53").isPresent());
        assertEquals(Optional.empty(), IsoWeek.parse("2026-W54"));
        assertEquals(Optional.empty(), IsoWeek.parse("2026-W00"));
    }

    @Test
    void weeksCrossYearBoundariesTheIsoWay() {
        // 1 January 2027 is a Friday: it belongs to 2026-W53
        assertEquals("2026-W53", IsoWeek.containing(LocalDate.of(2027, 1, 1)).code());
        assertEquals("2027-W01", IsoWeek.containing(LocalDate.of(2027, 1, 4)).code());
        // 29 December 2025 is a Monday in 2026-W01
        assertEquals("2026-W01", IsoWeek.containing(LocalDate.of(2025, 12, 29)).code());
        assertEquals(LocalDate.of(2025, 12, 29), IsoWeek.parse("2026-W01").orElseThrow().monday());
        assertEquals("2025-W52", IsoWeek.containing(LocalDate.of(2025, 12, 28)).code());
    }

    @Test
    void previousAndNextStepOverYearEnds() {
        IsoWeek first2027 = IsoWeek.parse("2027-W01").orElseThrow();
        assertEquals("2026-W53", first2027.previous().code());
        assertEquals("2027-W01", first2027.previous().next().code());
        assertEquals("2026-W01", IsoWeek.parse("2025-W52").orElseThrow().next().code());
        assertEquals("2025-W52", IsoWeek.parse("2026-W01").orElseThrow().previous().code());
        assertEquals("2026-W50", IsoWeek.parse("2026-W49").orElseThrow().next().code());
    }

    @Test
    void anythingElseIsNotAWeek() {
        for (String garbage : new String[] {null, "", " ", "2026W49", "2026-W4", "2026-w49", "2026-W049", " 2026-W49",
                "2026-W49 ", "26-W49", "2026-49", "W49", "2026-W4a", "next", "2026-W-1", "２０２６-W49",
                "2026-W49;DROP", "99999-W01"}) {
            assertEquals(Optional.empty(), IsoWeek.parse(garbage), String.valueOf(garbage));
        }
    }

    @Test
    void tenThousandRandomDaysEachSitInTheirWeekAndTheirCodeRoundTrips() {
        Random random = new Random(20261201L);
        LocalDate from = LocalDate.of(1950, 1, 1);
        int span = (int) (LocalDate.of(2150, 1, 1).toEpochDay() - from.toEpochDay());
        for (int i = 0; i < 10_000; i++) {
            LocalDate day = from.plusDays(random.nextInt(span));
            IsoWeek week = IsoWeek.containing(day);
            assertEquals(DayOfWeek.MONDAY, week.monday().getDayOfWeek(), day.toString());
            assertFalse(week.monday().isAfter(day), day.toString());
            assertTrue(day.isBefore(week.monday().plusDays(7)), day.toString());
            assertEquals(Optional.of(week), IsoWeek.parse(week.code()), day.toString());
            assertEquals(week, week.next().previous(), day.toString());
            assertEquals(week.monday().plusWeeks(1), week.next().monday(), day.toString());
            assertEquals(week.monday().minusWeeks(1), week.previous().monday(), day.toString());
        }
    }
}
