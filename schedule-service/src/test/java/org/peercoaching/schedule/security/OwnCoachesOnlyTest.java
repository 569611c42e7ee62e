package org.peercoaching.schedule.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.matchedCoach;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;

/**
 * A volunteer reaches only their own calls, a coordinator only their own coaches': anything else is "not
 * found" (so ids cannot be probed) and changes nothing. Every read of a coach's call list is in the audit trail.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OwnCoachesOnlyTest {

    static final String ESCALATION = "{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CallRepository calls;

    @Inject
    AlertRepository alerts;

    static String firstCall(Fixtures.Matched m, String coordinatorToken) {
        return as(coordinatorToken).get("/api/v1/plans/" + m.planId()).then().statusCode(200)
                .extract().path("calls[0].callId");
    }

    @Test
    void anotherVolunteerGetsNotFoundForACoachsCallListOutcomeAndEscalationAndNothingChanges() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        String callOfA = firstCall(a, DevTokens.coordinator("coord-a"));
        String coachB = DevTokens.volunteer(UUID.randomUUID());

        as(coachB).queryParam("week", "2026-W48").get("/api/v1/coaches/" + a.coach() + "/calls")
                .then().statusCode(404).contentType("application/problem+json");
        // with no week, or a bad one, still 404: the check does not wait for valid input
        as(coachB).get("/api/v1/coaches/" + a.coach() + "/calls").then().statusCode(404);
        as(coachB).contentType(ContentType.JSON).body("{\"outcome\":\"CANCELLED\"}")
                .post("/api/v1/calls/" + callOfA + "/outcome").then().statusCode(404)
                .contentType("application/problem+json");
        as(coachB).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/calls/" + callOfA + "/outcome").then().statusCode(404);
        as(coachB).contentType(ContentType.JSON).body(ESCALATION)
                .post("/api/v1/calls/" + callOfA + "/escalations").then().statusCode(404)
                .contentType("application/problem+json");
        // a call id that does not exist answers the same
        as(coachB).contentType(ContentType.JSON).body(ESCALATION)
                .post("/api/v1/calls/" + UUID.randomUUID() + "/escalations").then().statusCode(404);

        UUID call = UUID.fromString(callOfA);
        assertEquals(CallStatus.SCHEDULED, QuarkusTransaction.requiringNew().call(() -> calls.findById(call).status));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> alerts.escalationsOf(UUID.fromString(a.planId()))), "no alert raised");

        // the coach themselves may do both
        String coachA = DevTokens.volunteer(a.coach());
        as(coachA).queryParam("week", "2026-W48").get("/api/v1/coaches/" + a.coach() + "/calls")
                .then().statusCode(200).body("calls", hasSize(1));
        as(coachA).contentType(ContentType.JSON).body(ESCALATION)
                .post("/api/v1/calls/" + callOfA + "/escalations").then().statusCode(201);
        as(coachA).contentType(ContentType.JSON).body("{\"outcome\":\"CANCELLED\"}")
                .post("/api/v1/calls/" + callOfA + "/outcome").then().statusCode(200);
    }

    @Test
    void aCoordinatorSeesAndActsOnTheirOwnCoachesOnly() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Fixtures.Matched b = matchedCoach(bootstrap, "coord-b");
        String coordA = DevTokens.coordinator("coord-a");
        String coordB = DevTokens.coordinator("coord-b");
        String alertOfA = as(DevTokens.volunteer(a.coach())).contentType(ContentType.JSON).body(ESCALATION)
                .post("/api/v1/calls/" + firstCall(a, coordA) + "/escalations").then().statusCode(201)
                .extract().path("alertId");
        String alertOfB = as(DevTokens.volunteer(b.coach())).contentType(ContentType.JSON).body(ESCALATION)
                .post("/api/v1/calls/" + firstCall(b, coordB) + "/escalations").then().statusCode(201)
                .extract().path("alertId");

        List<String> seenByB = as(coordB).get("/api/v1/alerts").then().statusCode(200).extract().path("alertId");
        assertTrue(seenByB.contains(alertOfB), "coord-b sees their own coach's alert");
        assertTrue(!seenByB.contains(alertOfA), "coord-b does not see coord-a's coach's alert");
        as(coordB).queryParam("state", "all").get("/api/v1/alerts").then().statusCode(200)
                .body("alertId", not(hasItem(alertOfA))).body("alertId", hasItem(alertOfB));
        as(coordA).get("/api/v1/alerts").then().statusCode(200)
                .body("alertId", hasItem(alertOfA)).body("alertId", not(hasItem(alertOfB)));

        // someone else's alert, plan, call list and calls: not found, and nothing changes
        as(coordB).contentType(ContentType.JSON).body("{\"action\":\"Closed by the wrong person\"}")
                .post("/api/v1/alerts/" + alertOfA + "/closure").then().statusCode(404);
        as(coordA).get("/api/v1/alerts").then().body("alertId", hasItem(alertOfA));
        as(coordB).get("/api/v1/plans/" + a.planId()).then().statusCode(404);
        as(coordB).contentType(ContentType.JSON).body("{\"extraCalls\":2,\"reason\":\"Not my coach\"}")
                .post("/api/v1/plans/" + a.planId() + "/extensions").then().statusCode(404);
        as(coordA).get("/api/v1/plans/" + a.planId()).then().statusCode(200).body("totalCalls", equalTo(14));
        as(coordB).queryParam("referralId", a.referral()).get("/api/v1/plans").then().statusCode(200)
                .body("$", hasSize(0));
        as(coordB).queryParam("week", "2026-W48").get("/api/v1/coaches/" + a.coach() + "/calls")
                .then().statusCode(404);
        as(coordB).post("/api/v1/coaches/" + a.coach() + "/calendar-token").then().statusCode(404);

        // their own coach's, they may
        as(coordA).queryParam("week", "2026-W48").get("/api/v1/coaches/" + a.coach() + "/calls")
                .then().statusCode(200).body("calls", hasSize(1));
        // who did it comes from the sign-in, never from the request: a body naming someone else is refused
        as(coordA).contentType(ContentType.JSON)
                .body("{\"action\":\"Rang the coach; crisis line given\",\"closedBy\":\"someone-else\"}")
                .post("/api/v1/alerts/" + alertOfA + "/closure").then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("closedBy")));
        as(coordA).contentType(ContentType.JSON).body("{\"action\":\"Rang the coach; crisis line given\"}")
                .post("/api/v1/alerts/" + alertOfA + "/closure").then().statusCode(200)
                .body("raisedBy", equalTo("volunteer-" + a.coach())).body("closedBy", equalTo("coord-a"));
    }

    @Test
    void everyReadOfACoachsCallListLeavesOneAuditRowAllowedOrRefused() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        String coachA = DevTokens.volunteer(a.coach());
        UUID strangerId = UUID.randomUUID();
        int reads = 4;
        for (int i = 0; i < reads; i++) {
            as(coachA).queryParam("week", "2026-W48").get("/api/v1/coaches/" + a.coach() + "/calls")
                    .then().statusCode(200);
        }
        as(DevTokens.volunteer(strangerId)).queryParam("week", "2026-W48")
                .get("/api/v1/coaches/" + a.coach() + "/calls").then().statusCode(404);

        List<Map<String, Object>> rows = as(Fixtures.ADMIN).queryParam("subjectType", "coach-calls")
                .queryParam("subjectId", a.coach().toString()).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(reads + 1, rows.size(), rows.toString());
        List<Map<String, Object>> allowed = rows.stream().filter(r -> "allowed".equals(r.get("outcome"))).toList();
        assertEquals(reads, allowed.size());
        assertTrue(allowed.stream().allMatch(r -> ("volunteer-" + a.coach()).equals(r.get("actor"))
                && "volunteer".equals(r.get("actorRole"))
                && "GET /api/v1/coaches/{coachId}/calls".equals(r.get("action"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> ("volunteer-" + strangerId).equals(r.get("actor"))
                && "refused 404".equals(r.get("outcome"))), "the refused read is recorded too: " + rows);
        // the audit trail is for admins only
        as(coachA).get("/api/v1/audit").then().statusCode(403);
    }
}
