package org.peercoaching.schedule.security;

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
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.matchedCoach;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.AccessMatrix;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;

/**
 * Every operation in the service's OpenAPI document against every kind of caller. Coach A is looked after
 * by coord-a (COORDINATOR) and signs in as VOLUNTEER; coach B (OTHER_VOLUNTEER) has a plan of their own and
 * is looked after by coord-b (OTHER_COORDINATOR). Pathway systems and admins have no business here.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ScheduleAccessMatrixTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL url;

    @Test
    void everyOperationAnswersOnlyTheCallersThePolicyAllows() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Fixtures.Matched b = matchedCoach(bootstrap, "coord-b");
        String coordA = DevTokens.coordinator("coord-a");
        String coordB = DevTokens.coordinator("coord-b");
        String coachA = DevTokens.volunteer(a.coach());
        String coachB = DevTokens.volunteer(b.coach());

        String firstCallOfA = as(coordA).get("/api/v1/plans/" + a.planId()).then().statusCode(200)
                .extract().path("calls[0].callId");
        String alertOfA = as(coachA).contentType(ContentType.JSON)
                .body("{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}")
                .post("/api/v1/calls/" + firstCallOfA + "/escalations").then().statusCode(201)
                .extract().path("alertId");
        String feedOfB = as(coachB).post("/api/v1/coaches/" + b.coach() + "/calendar-token").then().statusCode(201)
                .extract().path("token");

        String openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();

        AccessMatrix.Report report = AccessMatrix.against(url.toString())
                .token(COORDINATOR, coordA)
                .token(OTHER_COORDINATOR, coordB)
                .token(VOLUNTEER, coachA)
                .token(OTHER_VOLUNTEER, coachB)
                .token(PATHWAY, DevTokens.pathway("MSK"))
                .token(OTHER_PATHWAY, DevTokens.pathway("RESP"))
                .token(ADMIN, DevTokens.admin("admin-1"))
                .param("coachId", a.coach().toString())
                .param("callId", firstCallOfA)
                .param("planId", a.planId())
                .param("alertId", alertOfA)
                .param("token", feedOfB)
                // the coach's week (a coach and their own coordinator)
                .operation("GET /api/v1/coaches/{coachId}/calls", COORDINATOR, VOLUNTEER).query("week=2026-W48")
                // the coach's current people (a coach and their own coordinator)
                .operation("GET /api/v1/coaches/{coachId}/people", COORDINATOR, VOLUNTEER)
                // what a short pause moved or skipped: the coach's own coordinator only
                .operation("GET /api/v1/coaches/{coachId}/pause-changes", COORDINATOR)
                // one call before it is rung (the coach and their own coordinator)
                .operation("GET /api/v1/calls/{callId}", COORDINATOR, VOLUNTEER)
                .operation("POST /api/v1/calls/{callId}/outcome", COORDINATOR, VOLUNTEER)
                        .body("{\"outcome\":\"CANCELLED\"}")
                .operation("POST /api/v1/calls/{callId}/escalations", COORDINATOR, VOLUNTEER)
                        .body("{\"category\":\"SAFEGUARDING\",\"detail\":\"Mentioned a worrying situation at home\"}")
                .operation("POST /api/v1/coaches/{coachId}/calendar-token", COORDINATOR, VOLUNTEER)
                // the feed address is the secret: anyone holding it gets the feed, phone calendars cannot sign in
                .operation("GET /api/v1/calendars/{token}.ics", AccessMatrix.CallerKind.values())
                // every coordinator has an alert list; it holds their own coaches' alerts only
                .operation("GET /api/v1/alerts", COORDINATOR, OTHER_COORDINATOR)
                // noting what was done, and telling the clinical team: the coach's own coordinator
                .operation("POST /api/v1/alerts/{alertId}/notes", COORDINATOR)
                        .body("{\"note\":\"Rang the person: no answer, left a message\"}")
                .operation("POST /api/v1/alerts/{alertId}/clinical-escalation", COORDINATOR)
                        .body("{\"note\":\"Passed to the duty nurse\"}")
                .operation("POST /api/v1/alerts/{alertId}/closure", COORDINATOR)
                        .body("{\"action\":\"Rang the coach and the person; crisis line number given\"}")
                // every coordinator may search plans by referral; only their own coaches' plans are listed
                .operation("GET /api/v1/plans", COORDINATOR, OTHER_COORDINATOR).query("referralId=" + a.referral())
                .operation("GET /api/v1/plans/{planId}", COORDINATOR)
                .operation("POST /api/v1/plans/{planId}/extensions", COORDINATOR)
                        .body("{\"extraCalls\":1,\"reason\":\"Settling in after a flare\"}")
                // ending a stage early: the coach's own coordinator, or an admin
                .operation("POST /api/v1/plans/{planId}/stage/end-early", COORDINATOR, ADMIN)
                        .body("{\"reason\":\"Confident and managing well\"}")
                .operation("POST /api/v1/plans/{planId}/graduation", COORDINATOR)
                        .body("{\"instrument\":\"PAM-13\",\"scoreBefore\":47.4,\"scoreAfter\":58.1,\"levelAfter\":3}")
                // programme-wide counts, no personal data: every coordinator and admins
                .operation("GET /api/v1/reports/schedule", COORDINATOR, OTHER_COORDINATOR, ADMIN)
                        .query("from=2026-01&to=2026-12")
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
    }
}
