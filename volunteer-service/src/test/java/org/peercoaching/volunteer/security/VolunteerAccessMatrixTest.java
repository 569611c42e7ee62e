package org.peercoaching.volunteer.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.ADMIN;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.COORDINATOR;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_COORDINATOR;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_PATHWAY;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_VOLUNTEER;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.PATHWAY;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.VOLUNTEER;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.AccessMatrix;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;

/**
 * Every operation in volunteer-service's OpenAPI document, called by every kind of caller. "Own" callers:
 * coordinator coord-a, who looks after the fixture coaches, and the volunteer whose record the fixture coach is.
 * Collection endpoints (roster, exports, reports, registration) are open to any coordinator: what they hold
 * is filtered to the caller's own coaches, which CoordinatorScopeTest checks.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerAccessMatrixTest {

    @TestHTTPResource("/")
    URL url;

    @Test
    void everyOperationAnswersOnlyTheCallersThePolicyAllows() {
        String coach = Coaches.aCoach().named("Matrix").active();
        // leaving is for good: it gets a coach of its own so the other operations still find theirs active
        String leaver = Coaches.aCoach().named("Leaver").active();
        String today = LocalDate.now().toString();
        String session = Coaches.given().contentType(ContentType.JSON)
                .body(session(coach, today))
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(201).extract().path("id");
        String openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        AccessMatrix.Report report = AccessMatrix.against(url.toString())
                .token(COORDINATOR, Coaches.COORDINATOR_TOKEN)
                .token(OTHER_COORDINATOR, DevTokens.coordinator("coord-b"))
                .token(VOLUNTEER, DevTokens.volunteer(UUID.fromString(coach)))
                .token(OTHER_VOLUNTEER, DevTokens.volunteer(UUID.fromString(leaver)))
                .token(PATHWAY, DevTokens.pathway("MSK"))
                .token(OTHER_PATHWAY, DevTokens.pathway("RHEUM"))
                .token(ADMIN, DevTokens.admin("admin-1"))
                .param("id", coach)
                // collections: any coordinator, each seeing only their own coaches
                .operation("GET /api/v1/volunteers", COORDINATOR, OTHER_COORDINATOR)
                .operation("POST /api/v1/volunteers", COORDINATOR, OTHER_COORDINATOR)
                .body(Coaches.aCoach().named("Registered").json())
                .operation("GET /api/v1/volunteers/csv", COORDINATOR, OTHER_COORDINATOR)
                .operation("POST /api/v1/volunteers/csv", COORDINATOR, OTHER_COORDINATOR)
                .body("text/csv", "firstName,lastName,phone,gender,imdDecile,languages,conditionCodes,callWindows\r\n"
                        + "Imported,Coach,07700 900123,FEMALE,3,en,69896004,TUESDAY 18:00-20:00\r\n")
                .operation("GET /api/v1/activity", COORDINATOR, OTHER_COORDINATOR)
                .operation("GET /api/v1/supervision-sessions", COORDINATOR, OTHER_COORDINATOR)
                // one coach's record: their coordinator; reading, also the volunteer themself
                .operation("GET /api/v1/volunteers/{id}", COORDINATOR, VOLUNTEER)
                .operation("PUT /api/v1/volunteers/{id}", COORDINATOR)
                .body(Coaches.aCoach().named("Matrix").json())
                .operation("POST /api/v1/volunteers/{id}/training/modules-completed", COORDINATOR)
                .body("{\"completedOn\": \"" + today + "\"}")
                .operation("POST /api/v1/volunteers/{id}/training/practice-sessions", COORDINATOR)
                .body("{\"heldOn\": \"" + today + "\", \"facilitator\": \"j.okafor\"}")
                .operation("PUT /api/v1/volunteers/{id}/dbs", COORDINATOR)
                .body("{\"issuedOn\": \"" + today + "\", \"renewalDue\": \"" + LocalDate.now().plusYears(3) + "\"}")
                .operation("POST /api/v1/volunteers/{id}/start-training", COORDINATOR)
                .operation("POST /api/v1/volunteers/{id}/complete-training", COORDINATOR)
                .operation("POST /api/v1/volunteers/{id}/activate", COORDINATOR)
                .operation("POST /api/v1/volunteers/{id}/pause", COORDINATOR)
                .body("{\"reason\": \"Holiday\"}")
                .operation("POST /api/v1/volunteers/{id}/resume", COORDINATOR)
                .operation("POST /api/v1/volunteers/{id}/leave", COORDINATOR)
                .param("id", leaver).body("{\"reason\": \"Moved away\"}")
                .operation("GET /api/v1/volunteers/{id}/activity", COORDINATOR)
                .operation("GET /api/v1/volunteers/{id}/supervision-sessions", COORDINATOR)
                // supervision of the coordinator's own coaches
                .operation("POST /api/v1/supervision-sessions", COORDINATOR)
                .body(session(coach, today))
                .operation("GET /api/v1/supervision-sessions/{id}", COORDINATOR)
                .param("id", session)
                // admins: who looks after a coach, and the audit trail; never the coach's record itself
                .operation("PUT /api/v1/volunteers/{id}/coordinator", ADMIN)
                .body("{\"coordinatorId\": \"" + Coaches.COORDINATOR + "\"}")
                .operation("GET /api/v1/audit", ADMIN)
                .operation("GET /api/v1/clock", ADMIN)
                .operation("GET /api/v1/clock/events", ADMIN)
                .operation("POST /api/v1/clock/advance", ADMIN).body("{\"by\": \"P1D\"}")
                .operation("GET /api/v1/dead-letters", ADMIN)
                .operation("POST /api/v1/dead-letters/{partition}/{offset}/replay", ADMIN).param("partition", "0")
                        .param("offset", "0").notFoundIsAnAnswer()
                .check(openApi);

        assertTrue(report.passed(), report.describe());
        assertEquals(0, report.unexpected2xx(), report.describe());
        // the admin's reassignment gave the coach back to the same coordinator: the fixture is still theirs
        Coaches.given().when().get("/api/v1/volunteers/" + coach).then().statusCode(200);
    }

    static String session(String coach, String heldOn) {
        return "{\"kind\": \"GROUP\", \"heldOn\": \"" + heldOn + "\", \"facilitator\": \"s.patel\","
                + " \"attendees\": [\"" + coach + "\"]}";
    }
}
