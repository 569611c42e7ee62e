package org.peercoaching.matching.domain.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PathwayNotificationsBackoffTest {

    final PathwayNotifications notifications =
            new PathwayNotifications(null, null, null, null, Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void retriesDoubleFromThirtySecondsAndNeverWaitMoreThanAnHour() {
        assertEquals(Duration.ofSeconds(30), notifications.backoff(1));
        assertEquals(Duration.ofSeconds(60), notifications.backoff(2));
        assertEquals(Duration.ofMinutes(2), notifications.backoff(3));
        assertEquals(Duration.ofMinutes(32), notifications.backoff(7));
        assertEquals(Duration.ofHours(1), notifications.backoff(8));
        assertEquals(Duration.ofHours(1), notifications.backoff(40));
    }
}
