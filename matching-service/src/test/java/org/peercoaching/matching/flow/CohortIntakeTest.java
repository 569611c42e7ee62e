package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Scenario;

/**
 * The cap as the programme runs it, through the public API and the schedule events: a new coach takes two people;
 * a third only when BOTH have stepped down to fortnightly; two more only when those three step down again.
 */
@QuarkusTest
@TestProfile(FlowProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class CohortIntakeTest extends Scenario {

    @Test
    void whenOnlyOneOfTheFirstTwoStepsDownTheCoachTakesNobodyMore() {
        coachJoins("Nadia", "FEMALE");
        String first = referWanting("FEMALE");
        String second = referWanting("FEMALE");
        String third = referWanting("FEMALE");
        String fourth = referWanting("FEMALE");
        String fifth = referWanting("FEMALE");
        assertEquals(Map.of("MATCHED", 2L), statuses(List.of(first, second)));
        assertEquals(Map.of("WAITING", 3L), statuses(List.of(third, fourth, fifth)));

        stage(first, null, "WEEKLY");
        stage(second, null, "WEEKLY");
        stage(first, "WEEKLY", "FORTNIGHTLY");
        // one weekly, one fortnightly: the first intake is still on weekly calls, so nobody joins yet
        assertEquals(Map.of("WAITING", 3L), statuses(List.of(third, fourth, fifth)),
                "a third person only when both first people have stepped down");

        stage(second, "WEEKLY", "FORTNIGHTLY");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(third)));
        assertEquals(Map.of("WAITING", 2L), statuses(List.of(fourth, fifth)), "exactly one more");

        stage(third, null, "WEEKLY");
        stage(first, "FORTNIGHTLY", "MONTHLY");
        stage(second, "FORTNIGHTLY", "MONTHLY");
        assertEquals(Map.of("WAITING", 2L), statuses(List.of(fourth, fifth)), "the third is still weekly");
        stage(third, "WEEKLY", "FORTNIGHTLY");
        await().atMost(PATIENCE).until(() -> statuses(List.of(fourth, fifth)).equals(Map.of("MATCHED", 2L)));
    }
}
