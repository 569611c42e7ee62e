package org.peercoaching.matching;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Coordinators confirm every proposal themselves; a database of its own. */
public class ManualConfirmProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(IsolatedDatabaseProfile.overrides("manual"));
        overrides.putAll(Map.of("peercoaching.matching.auto-confirm", "false"));
        return overrides;
    }
}
