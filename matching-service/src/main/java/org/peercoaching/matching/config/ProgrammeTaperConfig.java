package org.peercoaching.matching.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/**
 * The programme's taper, read from the same properties schedule-service books calls from
 * ({@code peercoaching.schedule.stages[*]}, in module programme-rules), so the capacity forecast moves
 * people through the stages exactly as the live plans do (see Forecaster#taperOf), and the call length
 * schedule-service slots calls of ({@code peercoaching.schedule.call-minutes}): matching proposes a coach only if
 * they share a stretch that long with the person. matching-service reads nothing else under
 * {@code peercoaching.schedule}.
 */
@ConfigMapping(prefix = "peercoaching.schedule")
public interface ProgrammeTaperConfig {

    List<Stage> stages();

    /** How long one call is, in minutes. */
    int callMinutes();

    interface Stage {
        String name();

        int intervalWeeks();

        int calls();
    }
}
