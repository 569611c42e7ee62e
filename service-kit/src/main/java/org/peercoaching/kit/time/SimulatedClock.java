package org.peercoaching.kit.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The suite's movable clock for local rehearsals and acceptance runs (never production): it stands still
 * until it is moved forward, so months of the programme can be run in minutes.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    public SimulatedClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock to this instant; time never goes backwards. */
    public synchronized void moveTo(Instant instant) {
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("The clock only moves forward (now " + now + ", asked " + instant + ")");
        }
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
