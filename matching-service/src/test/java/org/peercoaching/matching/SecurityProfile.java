package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Auto-confirm on, with a database and topics of its own, so the access tests know every coach and person. */
public class SecurityProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-security;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "mp.messaging.incoming.volunteers.group.id", "matching-security",
                "mp.messaging.incoming.schedule.group.id", "matching-security",
                "mp.messaging.incoming.volunteers.topic", "volunteers-security",
                "mp.messaging.incoming.schedule.topic", "schedule-security");
    }
}
