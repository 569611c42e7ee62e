package org.peercoaching.kit.time;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every time-dependent rule reads, so tests and the simulation mode can move time on.
 * {@code peercoaching.clock.simulated=true} (local runs and acceptance tests only) gives a clock that moves
 * only when an admin moves it ({@link ClockResource}); the prod profile refuses to start with it.
 */
@Singleton
public class ClockProducer {

    @ConfigProperty(name = "peercoaching.clock.simulated", defaultValue = "false")
    boolean simulated;

    /** Where a simulated clock starts, for example 2027-01-04T09:00:00Z; now if not given. */
    @ConfigProperty(name = "peercoaching.clock.start")
    Optional<Instant> start;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        refuseInProduction(simulated, ConfigUtils.getProfiles());
        return simulated ? new SimulatedClock(start.orElseGet(Instant::now)) : Clock.systemUTC();
    }

    void checkAtStartup(@Observes StartupEvent started) {
        refuseInProduction(simulated, ConfigUtils.getProfiles());
    }

    /** Nothing in production may move time: a movable clock there would let anyone rewrite deadlines. */
    public static void refuseInProduction(boolean simulated, List<String> profiles) {
        if (simulated && profiles.contains("prod")) {
            throw new IllegalStateException("peercoaching.clock.simulated=true is not allowed in the prod profile: "
                    + "a production service never runs on a movable clock. Remove the setting.");
        }
    }
}
