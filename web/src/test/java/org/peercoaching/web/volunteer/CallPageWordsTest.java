package org.peercoaching.web.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPageWordsTest {

    static CallPage.Window w(DayOfWeek day, int from, int to) {
        return new CallPage.Window(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void usualTimesSayEachSetOfTimesOnceWithItsDays() {
        List<CallPage.Window> everyDay = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            everyDay.add(w(d, 7, 21));
        }
        assertEquals("Every day, 7am to 9pm", CallPage.words(everyDay));
        List<CallPage.Window> weekdays = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.add(w(d, 18, 20));
        }
        assertEquals("Monday to Friday, 6pm to 8pm", CallPage.words(weekdays));
        assertEquals("Tuesdays and Thursdays, 5pm to 7pm; Saturdays, 10am to 12pm", CallPage.words(List.of(
                w(DayOfWeek.THURSDAY, 17, 19), w(DayOfWeek.SATURDAY, 10, 12), w(DayOfWeek.TUESDAY, 17, 19))));
        assertEquals("", CallPage.words(List.of()));
    }
}
