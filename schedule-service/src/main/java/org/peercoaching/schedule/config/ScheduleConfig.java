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

    /** The taper, stage by stage; whole weeks keep every call on the same weekday and time. */
    List<Stage> stages();

    interface Stage {
        String name();

        int intervalWeeks();

        int calls();
    }
}
