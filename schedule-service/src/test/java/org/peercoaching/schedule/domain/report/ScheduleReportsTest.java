package org.peercoaching.schedule.domain.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScheduleReportsTest {

    @Test
    void monthsAreLondonCalendarMonthsNotUtcOnes() {
        // BST: 23:30 UTC on 31 May is 00:30 on 1 June in London
        assertEquals(YearMonth.of(2030, 6), ScheduleReports.monthOf(Instant.parse("2030-05-31T23:30:00Z")));
        assertEquals(YearMonth.of(2030, 5), ScheduleReports.monthOf(Instant.parse("2030-05-31T22:59:59Z")));
        // GMT: London is UTC in winter
        assertEquals(YearMonth.of(2026, 11), ScheduleReports.monthOf(Instant.parse("2026-11-30T23:30:00Z")));
        assertEquals(Instant.parse("2030-05-31T23:00:00Z"), ScheduleReports.startOf(YearMonth.of(2030, 6)));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), ScheduleReports.startOf(YearMonth.of(2026, 12)));
    }

    @Test
    void instantsAreCountedInTheirMonthAndOutsideThePeriodIgnored() {
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        byMonth.put(YearMonth.of(2030, 5), new long[2]);
        byMonth.put(YearMonth.of(2030, 6), new long[2]);
        ScheduleReports.count(byMonth, 1, List.of(Instant.parse("2030-05-31T22:59:00Z"),
                Instant.parse("2030-05-31T23:30:00Z"), Instant.parse("2030-06-15T12:00:00Z"),
                Instant.parse("2030-07-01T12:00:00Z")));
        assertArrayEquals(new long[] {0, 1}, byMonth.get(YearMonth.of(2030, 5)));
        assertArrayEquals(new long[] {0, 2}, byMonth.get(YearMonth.of(2030, 6)));
    }

    @Test
    void meansAreToOneDecimalPlace() {
        assertEquals(new BigDecimal("53.8"), ScheduleReports.mean(List.of(new BigDecimal("49.5"), new BigDecimal("58.0"))));
        assertNull(ScheduleReports.mean(List.of()));
    }
}
