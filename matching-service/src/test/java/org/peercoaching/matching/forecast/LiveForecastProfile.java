package org.peercoaching.matching.forecast;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.peercoaching.matching.IsolatedDatabaseProfile;

/** Auto-confirm on, a database and topics of its own: the live run sees only its own coaches and people. */
public class LiveForecastProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return IsolatedDatabaseProfile.overrides("forecast");
    }
}
