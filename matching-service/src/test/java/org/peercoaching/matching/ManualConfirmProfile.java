package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Coordinators confirm every proposal themselves; a database of its own. */
public class ManualConfirmProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("peercoaching.matching.auto-confirm", "false",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-manual;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mp.messaging.incoming.volunteers.group.id", "matching-manual",
                "mp.messaging.incoming.schedule.group.id", "matching-manual",
                "mp.messaging.incoming.volunteers.topic", "volunteers-manual",
                "mp.messaging.incoming.schedule.topic", "schedule-manual");
    }
}
