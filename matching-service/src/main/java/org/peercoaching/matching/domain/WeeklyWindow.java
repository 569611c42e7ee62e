package org.peercoaching.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;
import org.peercoaching.programme.CallWindows;

/** A weekly window for calls, Europe/London local time. */
@Embeddable
public record WeeklyWindow(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false) DayOfWeek day,
        @Column(name = "start_time", nullable = false) LocalTime start,
        @Column(name = "end_time", nullable = false) LocalTime end) implements CallWindows.Weekly {

    /** Total weekly time both sides are free (the programme's one rule, {@link CallWindows}). */
    public static Duration totalOverlap(Collection<WeeklyWindow> a, Collection<WeeklyWindow> b) {
        return CallWindows.totalShared(a, b);
    }
}
