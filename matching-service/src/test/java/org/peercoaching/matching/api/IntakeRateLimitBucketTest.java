package org.peercoaching.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket behind the intake limit, on a clock the test moves. */
class IntakeRateLimitBucketTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final IntakeRateLimit limit = new IntakeRateLimit(20, 100, nanos::get);

    void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void aBurstIsTakenAtOnceThenTheRateAndEachPathwayHasItsOwnBucket() {
        for (int i = 0; i < 100; i++) {
            assertTrue(limit.acquire("rheumatology").isEmpty(), "request " + i + " of the burst");
        }
        OptionalLong wait = limit.acquire("rheumatology");
        assertEquals(OptionalLong.of(1), wait, "told to wait a whole second at least");
        assertTrue(limit.acquire("pain-management").isEmpty(), "another pathway is not held up");

        advanceMillis(50); // one more at 20 a second
        assertTrue(limit.acquire("rheumatology").isEmpty());
        assertTrue(limit.acquire("rheumatology").isPresent());

        advanceMillis(60_000); // a long pause refills the bucket, never beyond the burst
        for (int i = 0; i < 100; i++) {
            assertTrue(limit.acquire("rheumatology").isEmpty());
        }
        assertTrue(limit.acquire("rheumatology").isPresent());
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextPlace() {
        IntakeRateLimit slow = new IntakeRateLimit(0.25, 1, nanos::get);
        assertTrue(slow.acquire("p").isEmpty());
        assertEquals(OptionalLong.of(4), slow.acquire("p"));
        advanceMillis(2_000);
        assertEquals(OptionalLong.of(2), slow.acquire("p"));
        advanceMillis(2_000);
        assertTrue(slow.acquire("p").isEmpty());
    }
}
