package org.peercoaching.schedule.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "peercoaching.schedule")
public interface ScheduleConfig {

    /** How long each coaching call is booked for. */
    @WithDefault("30")
    int callMinutes();

    /** The least notice a coach gets before a person's first call. */
    @WithDefault("PT24H")
    Duration firstCallNotice();

    /**
     * How long before its start a call may be recorded as completed or not answered (a coach may ring a little
     * early). Rehearsals and browser tests widen it so that calls booked for later can be recorded now.
     */
    @WithDefault("PT1H")
    Duration recordAhead();

    /** After a call with no answer, a retry is booked if a slot fits within this many days. */
    @WithDefault("3")
    int retryWithinDays();

    /** A call with nothing recorded this long after its end is marked missed. */
    @WithDefault("PT24H")
    Duration missedAfter();

    /** How often each time-driven job runs ("off" turns it off, as the tests do). */
    Jobs jobs();

    interface Jobs {
        @WithDefault("10m")
        String overdueEvery();

        @WithDefault("10m")
        String advanceEvery();

        @WithDefault("15m")
        String remindersEvery();
    }

    /** The taper, stage by stage; whole weeks keep every call on the same weekday and time. */
    List<Stage> stages();

    interface Stage {
        String name();

        int intervalWeeks();

        int calls();
    }
}
