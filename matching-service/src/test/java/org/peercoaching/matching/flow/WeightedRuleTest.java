package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Scenario;

/**
 * The weighted rule, for a service that chooses it (peercoaching.matching.caseload.rule=WEIGHTED): the limits alone,
 * with no intakes. Through the public API and the schedule events, the burst the programme's cohort rule does not
 * make (CohortIntakeTest): a third person as soon as ONE of the first two steps down (8 + 6 + 8 = 22, under 24).
 */
@QuarkusTest
@TestProfile(WeightedRuleTest.WeightedRule.class)
@WithTestResource(KafkaBrokerResource.class)
class WeightedRuleTest extends Scenario {

    public static class WeightedRule extends FlowProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("peercoaching.matching.caseload.rule", "WEIGHTED");
            return overrides;
        }
    }

    @Test
    void aThirdPersonJoinsAsSoonAsOneOfTheFirstTwoStepsDownAndTheLoadLimitStillHolds() {
        coachJoins("Nadia", "FEMALE");
        String first = referWanting("FEMALE");
        String second = referWanting("FEMALE");
        String third = referWanting("FEMALE");
        String fourth = referWanting("FEMALE");
        assertEquals(Map.of("MATCHED", 2L), statuses(List.of(first, second)), "two weekly people: load 16");
        assertEquals(Map.of("WAITING", 2L), statuses(List.of(third, fourth)), "a third would be the third on weekly"
                + " calls (at most 2)");

        stage(first, null, "WEEKLY");
        stage(second, null, "WEEKLY");
        stage(first, "WEEKLY", "FORTNIGHTLY");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(third)));
        assertEquals("WAITING", status(fourth), "8 + 6 + 8 = 22 leaves no room for another 8");

        stage(third, null, "WEEKLY");
        stage(second, "WEEKLY", "FORTNIGHTLY");
        // 6 + 6 + 8 = 20: a fourth (8) would be 28, over the load limit of 24
        assertEquals("WAITING", status(fourth), "the load limit holds under the weighted rule too");

        stage(first, "FORTNIGHTLY", "MONTHLY");
        stage(second, "FORTNIGHTLY", "MONTHLY");
        // 1 + 1 + 8 = 10: room for a fourth (18), at once, with the third still on weekly calls
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(fourth)));
    }
}
