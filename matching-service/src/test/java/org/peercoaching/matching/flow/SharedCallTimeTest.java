package org.peercoaching.matching.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Scenario;

/** No common call time, no match: the person waits and the waiting list says why; a coordinator can override. */
@QuarkusTest
@TestProfile(FlowProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class SharedCallTimeTest extends Scenario {

    /** The fixtures' coaches are free on Tuesdays 18:00-20:00. */
    String referWithWindows(String windowsJson) {
        String body = Fixtures.referral("TEST-" + UUID.randomUUID(), "FEMALE")
                .replace("[{\"day\":\"TUESDAY\",\"start\":\"17:00\",\"end\":\"19:00\"}]", windowsJson);
        return refer(body);
    }

    Map<String, Object> onWaitingList(String referralId) {
        JsonPath list = Fixtures.asCoordinator().when().get("/api/v1/waiting-list").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> people = list.getList("$");
        return people.stream().filter(p -> referralId.equals(p.get("referralId"))).findFirst().orElse(null);
    }

    @Test
    void aPersonWhoseTimesMeetNoCoachWaitsWithTheReasonAndACoordinatorCanStillChooseACoach() {
        UUID coach = coachJoins("Grace", "FEMALE");
        String monday = referWithWindows("[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"11:00\"}]");
        // fifteen minutes overlap on Tuesday: shorter than one call (30 minutes)
        String tooShort = referWithWindows("[{\"day\":\"TUESDAY\",\"start\":\"19:45\",\"end\":\"21:00\"}]");
        String fits = referWithWindows("[{\"day\":\"TUESDAY\",\"start\":\"19:00\",\"end\":\"21:00\"}]");

        assertEquals("WAITING", status(monday));
        assertEquals("WAITING", status(tooShort));
        assertEquals("MATCHED", status(fits), "an hour in common is enough for a call");
        for (String id : List.of(monday, tooShort)) {
            Map<String, Object> entry = onWaitingList(id);
            assertNotNull(entry, id);
            assertEquals(true, entry.get("noCoachFits"));
            assertEquals("No coach with room shares a call time with them", entry.get("noCoachFitsReason"));
        }
        List<Object> candidates = Fixtures.asCoordinator().when().get("/api/v1/referrals/" + monday + "/candidates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(), candidates, "a coach who shares no call time is not a candidate");

        Fixtures.asCoordinator().contentType(ContentType.JSON)
                .body("{\"volunteerId\":\"" + coach + "\",\"reason\":\"Grace will call on Monday mornings this time\"}")
                .when().post("/api/v1/referrals/" + monday + "/override").then().statusCode(200);
        assertEquals("MATCHED", status(monday));
        assertEquals(coach.toString(), openMatch(monday).get("volunteerId"));
        JsonPath history = history(monday);
        assertEquals("OVERRIDE", history.getString("actions[0].action"));
        assertEquals("Grace will call on Monday mornings this time", history.getString("actions[0].reason"));
        assertTrue(onWaitingList(monday) == null);
    }
}
