package org.peercoaching.schedule.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * What the phone-first volunteer pages rely on: every call on the weekly list carries what ringing the person
 * needs, and recording or escalating a call answers bad input with a 400 problem naming each bad field.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CallRecordingValidationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    static ValidatableResponse escalate(Fixtures.Matched p, Object callId, String body) {
        return asCoach(p.coach()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/calls/" + callId + "/escalations").then();
    }

    static ValidatableResponse outcome(Fixtures.Matched p, Object callId, String body) {
        return asCoach(p.coach()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/calls/" + callId + "/outcome").then();
    }

    static ValidatableResponse invalid(ValidatableResponse response, String... fields) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(fields)));
    }

    @Test
    void weeklyCallListCarriesPlanReferralAttemptAndTheRecordedOutcomeForEachCall() {
        Fixtures.Matched p = matchedCoach(bootstrap, "coord-a");
        String week = "/api/v1/coaches/" + p.coach() + "/calls";
        asCoach(p.coach()).queryParam("week", "2026-W48").get(week).then().statusCode(200)
                .body("calls", hasSize(1))
                .body("calls[0].planId", equalTo(p.planId()))
                .body("calls[0].referralId", equalTo(p.referral().toString()))
                .body("calls[0].personFirstName", equalTo("Brian"))
                .body("calls[0].phone", equalTo("07700 900123"))
                .body("calls[0].startsAt", equalTo("2026-11-24T18:00:00Z"))
                .body("calls[0].stage", equalTo("WEEKLY"))
                .body("calls[0].callNumber", equalTo(1))
                .body("calls[0].attempt", equalTo(1))
                .body("calls[0].status", equalTo("SCHEDULED"))
                .body("calls[0].lastCall", nullValue());
        Map<String, Object> first = call(p.referral(), 1);
        clock.set(startOf(first).plus(Duration.ofMinutes(40)));
        record(first.get("callId"), "{\"outcome\":\"NO_ANSWER\"}").statusCode(200);
        asCoach(p.coach()).queryParam("week", "2026-W48").get(week).then().statusCode(200)
                .body("calls[0].callId", equalTo(first.get("callId")))
                .body("calls[0].status", equalTo("NO_ANSWER"));
    }

    @Test
    void recordingAnOutcomeAnswers400NamingEachBadField() {
        Fixtures.Matched p = matchedCoach(bootstrap, "coord-a");
        Map<String, Object> first = call(p.referral(), 1);
        Object callId = first.get("callId");
        clock.set(startOf(first).plus(Duration.ofMinutes(40)));

        invalid(outcome(p, callId, "{\"outcome\":\"DONE\"}"), "outcome");
        invalid(outcome(p, callId, "{}"), "outcome");
        invalid(outcome(p, callId, "{\"outcome\":\"COMPLETED\",\"durationMinutes\":\"thirty\",\"confidence\":5}"),
                "durationMinutes");
        invalid(outcome(p, callId, "{\"outcome\":\"COMPLETED\",\"durationMinutes\":0,\"confidence\":11}"),
                "confidence", "durationMinutes");
        invalid(outcome(p, callId, "{\"outcome\":\"COMPLETED\",\"durationMinutes\":30,\"confidence\":5,"
                + "\"goals\":{\"topic\":\"" + "x".repeat(1001) + "\"}}"), "goals.topic");
        invalid(outcome(p, callId, "{\"outcome\":\"RESCHEDULED\"}"), "rescheduleTo");
        invalid(outcome(p, callId, "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\"next Tuesday\"}"), "rescheduleTo");
        asCoach(p.coach()).contentType(ContentType.JSON).post("/api/v1/calls/" + callId + "/outcome").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        // nothing was recorded by any of those: the call is still there to record
        outcome(p, callId, Fixtures.COMPLETED).statusCode(200).body("call.status", equalTo("COMPLETED"));
    }

    @Test
    void anEscalationAnswers400NamingEachBadFieldAndOtherwiseOpensAnAlertTheCoordinatorSees() {
        Fixtures.Matched p = matchedCoach(bootstrap, "coord-a");
        Object callId = call(p.referral(), 1).get("callId");

        invalid(escalate(p, callId, "{}"), "category", "detail");
        invalid(escalate(p, callId, "{\"category\":\"WORRY\",\"detail\":\"Something\"}"), "category");
        invalid(escalate(p, callId, "{\"category\":\"CRISIS\",\"detail\":\"   \"}"), "detail");
        invalid(escalate(p, callId, "{\"category\":\"CRISIS\",\"detail\":\"" + "x".repeat(4001) + "\"}"), "detail");
        asCoordinator().get("/api/v1/alerts").then().statusCode(200)
                .body("findAll { it.planId == '" + p.planId() + "' }", hasSize(0));

        String alertId = escalate(p, callId,
                "{\"category\":\"CLINICAL_RED_FLAG\",\"detail\":\"Chest pain since this morning; told to ring 999\"}")
                .statusCode(201).body("kind", equalTo("ESCALATION")).body("closedAt", nullValue())
                .extract().path("alertId");
        asCoordinator().get("/api/v1/alerts").then().statusCode(200)
                .body("find { it.alertId == '" + alertId + "' }.kind", equalTo("ESCALATION"))
                .body("find { it.alertId == '" + alertId + "' }.category", equalTo("CLINICAL_RED_FLAG"))
                .body("find { it.alertId == '" + alertId + "' }.callId", equalTo(callId))
                .body("find { it.alertId == '" + alertId + "' }.planId", equalTo(p.planId()))
                .body("find { it.alertId == '" + alertId + "' }.coachId", equalTo(p.coach().toString()))
                .body("find { it.alertId == '" + alertId + "' }.raisedBy", equalTo("volunteer-" + p.coach()))
                .body("find { it.alertId == '" + alertId + "' }.detail",
                        equalTo("Chest pain since this morning; told to ring 999"));
        // another coordinator's alert list does not show it
        as(DevTokens.coordinator("coord-b")).get("/api/v1/alerts").then().statusCode(200)
                .body("alertId", not(hasItem(alertId)));
    }
}
