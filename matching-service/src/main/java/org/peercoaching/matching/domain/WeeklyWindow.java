package org.peercoaching.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;

/** A weekly window for calls, Europe/London local time. */
@Embeddable
public record WeeklyWindow(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false) DayOfWeek day,
        @Column(name = "start_time", nullable = false) LocalTime start,
        @Column(name = "end_time", nullable = false) LocalTime end) {

    public Duration overlapWith(WeeklyWindow other) {
        if (day != other.day) {
            return Duration.ZERO;
        }
        LocalTime from = start.isAfter(other.start) ? start : other.start;
        LocalTime to = end.isBefore(other.end) ? end : other.end;
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    /** Total weekly time both sides are free, summed over every pair of windows. */
    public static Duration totalOverlap(Collection<WeeklyWindow> a, Collection<WeeklyWindow> b) {
        Duration total = Duration.ZERO;
        for (WeeklyWindow x : a) {
            for (WeeklyWindow y : b) {
                total = total.plus(x.overlapWith(y));
            }
        }
        return total;
    }
}
