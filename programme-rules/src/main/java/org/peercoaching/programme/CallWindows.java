package org.peercoaching.programme;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Weekly call windows (Europe/London wall-clock times) and the one rule for where two people's windows
 * meet: matching uses it to decide whether a coach shares a call time with a person, schedule uses it to
 * slot calls. Pure.
 */
public final class CallWindows {

    private CallWindows() {}

    /** Anything that is a weekly window: a day and a from-to time on it. */
    public interface Weekly {
        DayOfWeek day();

        LocalTime start();

        LocalTime end();
    }

    /** The part of the week both sides are free. */
    public record Shared(DayOfWeek day, LocalTime start, LocalTime end) implements Weekly {
        public Duration length() {
            return Duration.between(start, end);
        }
    }

    /** Every pair of windows that overlap, as the shared part, in week order (Monday first, then time). */
    public static List<Shared> shared(Collection<? extends Weekly> a, Collection<? extends Weekly> b) {
        List<Shared> shared = new ArrayList<>();
        for (Weekly x : a) {
            for (Weekly y : b) {
                if (x.day() != y.day()) {
                    continue;
                }
                LocalTime from = x.start().isAfter(y.start()) ? x.start() : y.start();
                LocalTime to = x.end().isBefore(y.end()) ? x.end() : y.end();
                if (to.isAfter(from)) {
                    shared.add(new Shared(x.day(), from, to));
                }
            }
        }
        shared.sort(Comparator.comparing(Shared::day).thenComparing(Shared::start));
        return shared;
    }

    /** Total weekly time both sides are free, summed over every pair of windows. */
    public static Duration totalShared(Collection<? extends Weekly> a, Collection<? extends Weekly> b) {
        return shared(a, b).stream().map(Shared::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether at least one call of this length fits inside a time both sides are free. */
    public static boolean haveCallTime(Collection<? extends Weekly> a, Collection<? extends Weekly> b,
            Duration callLength) {
        return shared(a, b).stream().anyMatch(s -> s.length().compareTo(callLength) >= 0);
    }
}
