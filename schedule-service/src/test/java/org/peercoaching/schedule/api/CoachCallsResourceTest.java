package org.peercoaching.schedule.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CoachCallsResourceTest {

    @Test
    void timesAreWrittenTheWayPeopleSayThem() {
        assertEquals("Tuesday 1 December, 6pm",
                CoachCallsResource.describe(ZonedDateTime.parse("2026-12-01T18:00:00Z[Europe/London]")));
        assertEquals("Monday 30 March, 9:30am",
                CoachCallsResource.describe(ZonedDateTime.parse("2026-03-30T09:30:00+01:00[Europe/London]")));
        assertEquals("Friday 4 December, 12pm",
                CoachCallsResource.describe(ZonedDateTime.parse("2026-12-04T12:00:00Z[Europe/London]")));
    }
}
