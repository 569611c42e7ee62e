package org.peercoaching.matching.forecast;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Auto-confirm on, a database and topics of its own: the live run sees only its own coaches and people. */
public class LiveForecastProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-forecast;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mp.messaging.incoming.volunteers.group.id", "matching-forecast",
                "mp.messaging.incoming.schedule.group.id", "matching-forecast",
                "mp.messaging.incoming.volunteers.topic", "volunteers-forecast",
                "mp.messaging.incoming.schedule.topic", "schedule-forecast");
    }
}
