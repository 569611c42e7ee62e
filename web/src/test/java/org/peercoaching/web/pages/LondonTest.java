package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LondonTest {

    static OffsetDateTime london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(London.ZONE).toOffsetDateTime();
    }

    @Test
    void aCallReadsAsDayDateAndHourTheWayPeopleSayIt() {
        assertEquals("Tuesday 1 December, 6pm", London.when(london("2026-12-01T18:00")));
        assertEquals("Tuesday 1 December, 6:30pm", London.when(london("2026-12-01T18:30")));
        assertEquals("Tuesday 1 December, 9:05am", London.when(london("2026-12-01T09:05")));
    }

    @Test
    void minutesAreShownOnlyWhenThereAreSome() {
        assertEquals("6pm", London.time(london("2026-12-01T18:00")));
        assertEquals("6:30pm", London.time(london("2026-12-01T18:30")));
        assertEquals("6:01pm", London.time(london("2026-12-01T18:01")));
    }

    @Test
    void middayIsTwelvePmAndMidnightIsTwelveAm() {
        assertEquals("12pm", London.time(london("2026-12-01T12:00")));
        assertEquals("12:30pm", London.time(london("2026-12-01T12:30")));
        assertEquals("12am", London.time(london("2026-12-01T00:00")));
        assertEquals("12:15am", London.time(london("2026-12-01T00:15")));
        assertEquals("11:59am", London.time(london("2026-12-01T11:59")));
        assertEquals("1pm", London.time(london("2026-12-01T13:00")));
        assertEquals("11pm", London.time(london("2026-12-01T23:00")));
        assertEquals("1am", London.time(london("2026-12-01T01:00")));
    }

    @Test
    void timesFromTheApiInUtcAreShownInLondonTime() {
        // summer: 17:00 UTC is 6pm BST; winter: 18:00 UTC is 6pm GMT
        assertEquals("Saturday 24 October, 6pm", London.when(OffsetDateTime.parse("2026-10-24T17:00:00Z")));
        assertEquals("Monday 26 October, 6pm", London.when(OffsetDateTime.parse("2026-10-26T18:00:00Z")));
        assertEquals("Monday 26 October, 6pm", London.when(Instant.parse("2026-10-26T18:00:00Z")));
        assertEquals("Tuesday 1 December, 6pm",
                London.when(OffsetDateTime.of(2026, 12, 1, 19, 0, 0, 0, ZoneOffset.ofHours(1))));
    }

    @Test
    void aWeeklySixPmCallStaysSixPmAcrossTheOctoberClockChange() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2026-10-13T18:00"), London.ZONE);
        for (int week = 0; week < 4; week++) {
            OffsetDateTime call = first.plusWeeks(week).toOffsetDateTime();
            assertEquals("6pm", London.time(call), call.toString());
        }
        assertEquals(ZoneOffset.ofHours(1), first.toOffsetDateTime().getOffset());
        assertEquals(ZoneOffset.UTC, first.plusWeeks(3).toOffsetDateTime().getOffset());
    }

    @Test
    void aWeeklySixPmCallStaysSixPmAcrossTheMarchClockChange() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2026-03-17T18:00"), London.ZONE);
        for (int week = 0; week < 4; week++) {
            OffsetDateTime call = first.plusWeeks(week).toOffsetDateTime();
            assertEquals("6pm", London.time(call), call.toString());
        }
        assertEquals("Tuesday 31 March, 6pm", London.when(first.plusWeeks(2).toOffsetDateTime()));
        assertEquals(ZoneOffset.ofHours(1), first.plusWeeks(2).toOffsetDateTime().getOffset());
    }

    @Test
    void theNightTheClocksChangeReadsAsTheLocalHour() {
        // 25 October 2026: 01:30 BST then, an hour later, 01:30 GMT
        assertEquals("1:30am", London.time(OffsetDateTime.parse("2026-10-25T00:30:00Z")));
        assertEquals("1:30am", London.time(OffsetDateTime.parse("2026-10-25T01:30:00Z")));
        // 29 March 2026: 00:59 GMT is followed by 02:00 BST
        assertEquals("12:59am", London.time(OffsetDateTime.parse("2026-03-29T00:59:00Z")));
        assertEquals("2am", London.time(OffsetDateTime.parse("2026-03-29T01:00:00Z")));
    }

    @Test
    void theDayIsTheLondonDayNotTheUtcDay() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London
        assertEquals("Wednesday 1 July", London.day(OffsetDateTime.parse("2026-06-30T23:30:00Z")));
        assertEquals("Wednesday 1 July, 12:30am", London.when(OffsetDateTime.parse("2026-06-30T23:30:00Z")));
    }

    @Test
    void datesReadAsDayMonthAndYear() {
        assertEquals("1 December 2026", London.date(LocalDate.of(2026, 12, 1)));
        assertEquals("1 July 2026", London.date(Instant.parse("2026-06-30T23:30:00Z")));
    }

    @Test
    void nothingToShowIsAnEmptyString() {
        assertEquals("", London.when((OffsetDateTime) null));
        assertEquals("", London.when((Instant) null));
        assertEquals("", London.time(null));
        assertEquals("", London.day(null));
        assertEquals("", London.date((LocalDate) null));
        assertEquals("", London.date((Instant) null));
    }

    @Test
    void todayIsTheLondonDate() {
        java.time.Clock lateEvening = java.time.Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 7, 1), London.today(lateEvening));
    }
}
