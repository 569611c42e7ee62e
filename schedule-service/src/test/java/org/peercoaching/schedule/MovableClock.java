package org.peercoaching.schedule;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock every bean reads in tests (it replaces the kit's default clock bean). It stands at the
 * golden match's confirmation time until a test moves it; tests that move it put it back.
 */
@Singleton
public class MovableClock extends Clock {

    public static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    private volatile Instant now = START;

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void reset() {
        now = START;
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
