package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Auto-confirm on, with a database of its own so other test classes' coaches and waiting people stay out. */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides("isolated");
    }

    /**
     * A database, consumer groups and incoming topics of the profile's own, named {@code name}: the profile's
     * app sees none of the other profiles' records or events. Add the profile's own settings to a copy.
     */
    public static Map<String, String> overrides(String name) {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-" + name + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mp.messaging.incoming.volunteers.group.id", "matching-" + name,
                "mp.messaging.incoming.schedule.group.id", "matching-" + name,
                "mp.messaging.incoming.volunteers.topic", "volunteers-" + name,
                "mp.messaging.incoming.schedule.topic", "schedule-" + name);
    }
}
