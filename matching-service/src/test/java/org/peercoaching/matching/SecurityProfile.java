package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Auto-confirm on, with a database and topics of its own, so the access tests know every coach and person. */
public class SecurityProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return IsolatedDatabaseProfile.overrides("security");
    }
}
