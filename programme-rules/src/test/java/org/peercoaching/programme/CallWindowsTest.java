package org.peercoaching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallWindowsTest {

    static CallWindows.Shared w(DayOfWeek day, String from, String to) {
        return new CallWindows.Shared(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void sharedTimeIsTheOverlapOfEachPairOnTheSameDayInWeekOrder() {
        var person = List.of(w(DayOfWeek.THURSDAY, "09:00", "12:00"), w(DayOfWeek.TUESDAY, "17:00", "19:00"));
        var coach = List.of(w(DayOfWeek.TUESDAY, "18:00", "20:00"), w(DayOfWeek.THURSDAY, "11:30", "15:00"));
        assertEquals(List.of(w(DayOfWeek.TUESDAY, "18:00", "19:00"), w(DayOfWeek.THURSDAY, "11:30", "12:00")),
                CallWindows.shared(person, coach));
        assertEquals(Duration.ofMinutes(90), CallWindows.totalShared(person, coach));
    }

    @Test
    void windowsThatOnlyTouchOrAreOnOtherDaysShareNothing() {
        assertTrue(CallWindows.shared(List.of(w(DayOfWeek.MONDAY, "09:00", "10:00")),
                List.of(w(DayOfWeek.MONDAY, "10:00", "11:00"), w(DayOfWeek.FRIDAY, "09:00", "10:00"))).isEmpty());
    }

    @Test
    void aCallTimeNeedsASharedStretchAsLongAsTheCall() {
        var person = List.of(w(DayOfWeek.MONDAY, "09:00", "09:45"));
        var coach = List.of(w(DayOfWeek.MONDAY, "09:20", "12:00"));
        assertFalse(CallWindows.haveCallTime(person, coach, Duration.ofMinutes(30)));
        assertTrue(CallWindows.haveCallTime(person, coach, Duration.ofMinutes(25)));
    }
}
