package org.peercoaching.matching.flow;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import org.peercoaching.matching.IsolatedDatabaseProfile;

/**
 * The whole-flow tests' own database: they count who is matched and who waits, so a person another test class left
 * waiting (with more weeks waited, so first in line) must not take their coach's place.
 */
public class FlowProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return IsolatedDatabaseProfile.overrides("flow");
    }
}
