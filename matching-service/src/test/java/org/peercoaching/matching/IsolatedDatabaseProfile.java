package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Auto-confirm on, with a database of its own so other test classes' coaches and waiting people stay out. */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-isolated;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mp.messaging.incoming.volunteers.group.id", "matching-isolated",
                "mp.messaging.incoming.schedule.group.id", "matching-isolated",
                "mp.messaging.incoming.volunteers.topic", "volunteers-isolated",
                "mp.messaging.incoming.schedule.topic", "schedule-isolated");
    }
}
