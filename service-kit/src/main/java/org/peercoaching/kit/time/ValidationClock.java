package org.peercoaching.kit.time;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean Validation's "in the past" and "in the future" read the service's clock, so they move with a simulated one. */
@Singleton
public class ValidationClock implements ClockProvider {

    private final Clock clock;

    public ValidationClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }
}
