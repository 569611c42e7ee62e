package org.peercoaching.volunteer.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peercoaching.volunteer.Coaches.as;
import static org.peercoaching.volunteer.Coaches.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;

/** Every read of a coach's record, allowed or refused, leaves exactly one row in the audit trail. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class AuditTrailTest {

    static final String ADMIN = DevTokens.admin("admin-1");

    static List<Map<String, Object>> rows(String subjectType, String subjectId, String actor) {
        var request = as(ADMIN).queryParam("subjectType", subjectType).queryParam("subjectId", subjectId)
                .queryParam("limit", 1000);
        if (actor != null) {
            request = request.queryParam("actor", actor);
        }
        return request.when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void eachReadOfACoachsRecordByTheirCoordinatorIsOneAllowedRow() {
        String coach = Coaches.aCoach().applicant();
        List<Map<String, Object>> registered = rows("volunteer", coach, Coaches.COORDINATOR);
        assertEquals(1, registered.size(), "the registration is recorded once");
        assertEquals("POST /api/v1/volunteers", registered.get(0).get("action"));

        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/volunteers/" + coach).then().statusCode(200);
        }

        List<Map<String, Object>> reads = rows("volunteer", coach, Coaches.COORDINATOR).stream()
                .filter(r -> r.get("action").equals("GET /api/v1/volunteers/{id}")).toList();
        assertEquals(5, reads.size());
        reads.forEach(r -> {
            assertEquals("allowed", r.get("outcome"));
            assertEquals("coordinator", r.get("actorRole"));
        });
        assertEquals(6, rows("volunteer", coach, null).size(), "one registration and five reads, nothing else");
    }

    @Test
    void aRefusedReadByAnotherCoordinatorOrVolunteerIsRecordedAsRefused() {
        String coach = Coaches.aCoach().applicant();
        as(DevTokens.coordinator("coord-b")).when().get("/api/v1/volunteers/" + coach).then().statusCode(404);
        as(DevTokens.volunteer(java.util.UUID.randomUUID())).when().get("/api/v1/volunteers/" + coach)
                .then().statusCode(404);

        List<Map<String, Object>> refused = rows("volunteer", coach, "coord-b");
        assertEquals(1, refused.size());
        assertEquals("refused 404", refused.get(0).get("outcome"));
        assertEquals("GET /api/v1/volunteers/{id}", refused.get(0).get("action"), "the route, not the address");
        List<Map<String, Object>> byVolunteer = rows("volunteer", coach, null).stream()
                .filter(r -> "volunteer".equals(r.get("actorRole"))).toList();
        assertEquals(1, byVolunteer.size());
        assertEquals("refused 404", byVolunteer.get(0).get("outcome"));
    }

    @Test
    void aChangeToACoachAndAVolunteerReadingTheirOwnRecordAreRecorded() {
        String coach = Coaches.aCoach().applicant();
        Coaches.post(coach, "start-training", null);
        as(DevTokens.volunteer(java.util.UUID.fromString(coach))).when().get("/api/v1/volunteers/" + coach)
                .then().statusCode(200);
        List<Map<String, Object>> all = rows("volunteer", coach, null);
        assertEquals(List.of("GET /api/v1/volunteers/{id}", "POST /api/v1/volunteers/{id}/start-training",
                "POST /api/v1/volunteers"), all.stream().map(r -> r.get("action")).toList(), "newest first");
        assertEquals("volunteer-" + coach, all.get(0).get("actor"));
        all.forEach(r -> assertEquals("allowed", r.get("outcome")));
    }

    @Test
    void onlyAnAdminCanReadTheAuditTrail() {
        given().when().get("/api/v1/audit").then().statusCode(403);
        as(DevTokens.volunteer(java.util.UUID.randomUUID())).when().get("/api/v1/audit").then().statusCode(403);
    }
}
