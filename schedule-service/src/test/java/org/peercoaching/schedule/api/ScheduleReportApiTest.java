package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.peercoaching.schedule.Fixtures.COMPLETED;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.matchEnded;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * GET /api/v1/reports/schedule: programme-wide counts per Europe/London month. The counting test works in
 * 2030, a period no other test touches, so the whole programme's counts there are this test's own.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ScheduleReportApiTest {

    static final String REPORT = "/api/v1/reports/schedule";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    void escalate(Object callId) {
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}")
                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(201);
    }

    void graduate(Fixtures.Matched p, String followUp) {
        TopicReader.send(bootstrap, "matches", p.match().toString(),
                matchEnded(p.match(), p.referral(), p.coach(), "GRADUATED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "AWAITING_FOLLOW_UP".equals(asCoordinator()
                .get("/api/v1/plans/" + p.planId()).then().statusCode(200).extract().path("status")));
        asCoordinator().contentType(ContentType.JSON).body(followUp)
                .post("/api/v1/plans/" + p.planId() + "/graduation").then().statusCode(200);
    }

    @Test
    void reportCountsCompletedAndMissedCallsByLondonMonth() {
        // 22:59 UTC on 31 May 2030 is 23:59 BST, still May in London; 23:30 UTC is 00:30 BST on 1 June
        clock.set(Instant.parse("2030-05-31T22:59:00Z"));
        Fixtures.Matched may = matchedCoach(bootstrap, "coord-a");
        escalate(call(may.referral(), 1).get("callId"));
        clock.set(Instant.parse("2030-05-31T23:30:00Z"));
        Fixtures.Matched june = matchedCoach(bootstrap, "coord-a");
        escalate(call(june.referral(), 1).get("callId"));

        // June: two completed calls, one no answer and one more no answer (did not happen), one cancelled (neither)
        for (Fixtures.Matched p : new Fixtures.Matched[] {may, june}) {
            Map<String, Object> first = call(p.referral(), 1);
            clock.set(startOf(first).plus(Duration.ofMinutes(40)));
            record(first.get("callId"), COMPLETED).statusCode(200);
        }
        for (int n = 2; n <= 3; n++) {
            Map<String, Object> c = call(may.referral(), n);
            clock.set(startOf(c).plus(Duration.ofMinutes(40)));
            record(c.get("callId"), "{\"outcome\":\"NO_ANSWER\"}").statusCode(200);
        }
        Map<String, Object> fourth = call(may.referral(), 4);
        clock.set(startOf(fourth).minus(Duration.ofHours(3)));
        record(fourth.get("callId"), "{\"outcome\":\"CANCELLED\"}").statusCode(200);

        // graduations count in the month the follow-up is recorded (when the pathway is told), in London time
        clock.set(Instant.parse("2030-06-26T12:00:00Z"));
        graduate(june, "{\"instrument\":\"PAM-13\",\"scoreBefore\":47.0,\"scoreAfter\":49.5}");
        clock.set(Instant.parse("2030-06-30T23:15:00Z"));
        graduate(may, "{\"instrument\":\"PAM-13\",\"scoreBefore\":44.0,\"scoreAfter\":58.0,\"levelAfter\":3}");

        String json = asCoordinator().queryParam("from", "2030-05").queryParam("to", "2030-07").get(REPORT)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("from", equalTo("2030-05")).body("to", equalTo("2030-07"))
                .body("timeZone", equalTo("Europe/London"))
                .body("months", hasSize(3))
                .body("months.month", equalTo(java.util.List.of("2030-05", "2030-06", "2030-07")))
                .body("months[0].plansStarted", equalTo(1)).body("months[1].plansStarted", equalTo(1))
                .body("months[2].plansStarted", equalTo(0))
                .body("months[0].escalations", equalTo(1)).body("months[1].escalations", equalTo(1))
                .body("months[0].callsCompleted", equalTo(0)).body("months[1].callsCompleted", equalTo(2))
                .body("months[2].callsCompleted", equalTo(0))
                .body("months[1].callsMissed", equalTo(2)).body("months[2].callsMissed", equalTo(0))
                .body("months[0].graduated", equalTo(0)).body("months[1].graduated", equalTo(1))
                .body("months[2].graduated", equalTo(1))
                .body("totals.plansStarted", equalTo(2)).body("totals.callsCompleted", equalTo(2))
                .body("totals.callsMissed", equalTo(2)).body("totals.escalations", equalTo(2))
                .body("totals.graduated", equalTo(2))
                .body("activation.people", equalTo(2))
                .body("activation.levelAtReferralHeld", equalTo(false))
                .body("activation.byInstrument", hasSize(1))
                .body("activation.byInstrument[0].instrument", equalTo("PAM-13"))
                .body("activation.byInstrument[0].people", equalTo(2))
                .body("activation.byInstrument[0].levelsAtFollowUp.'3'", equalTo(1))
                .body("activation.byInstrument[0].levelNotRecorded", equalTo(1))
                .extract().asString();
        JsonPath report = JsonPath.from(json);
        assertEquals(45.5, report.getDouble("activation.byInstrument[0].meanScoreAtReferral"), 1e-9);
        assertEquals(53.8, report.getDouble("activation.byInstrument[0].meanScoreAtFollowUp"), 1e-9);
        assertEquals(8.3, report.getDouble("activation.byInstrument[0].meanChange"), 1e-9);
        // counts only: no name, phone number, or any person's, coach's or plan's id
        for (String personal : new String[] {"Brian", "07700", may.referral().toString(), may.coach().toString(),
                may.planId(), june.referral().toString(), june.planId()}) {
            assertFalse(json.contains(personal), "the report must not carry " + personal);
        }
        // admins see the same counts
        as(Fixtures.ADMIN).queryParam("from", "2030-05").queryParam("to", "2030-07").get(REPORT).then()
                .statusCode(200).body("totals.callsCompleted", equalTo(2));
    }

    @Test
    void reportShowsPeopleInEachTaperStageNowAndThoseAwaitingTheFollowUp() {
        JsonPath before = asCoordinator().get(REPORT).then().statusCode(200).extract().jsonPath();
        assertEquals(java.util.List.of("WEEKLY", "FORTNIGHTLY", "MONTHLY"),
                new java.util.ArrayList<>(before.getMap("stagesNow").keySet()), "every stage, in taper order");
        Fixtures.Matched p = matchedCoach(bootstrap, "coord-a");
        JsonPath during = asCoordinator().get(REPORT).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("stagesNow.WEEKLY") + 1, during.getLong("stagesNow.WEEKLY"));
        assertEquals(before.getLong("awaitingFollowUp"), during.getLong("awaitingFollowUp"));

        TopicReader.send(bootstrap, "matches", p.match().toString(),
                matchEnded(p.match(), p.referral(), p.coach(), "GRADUATED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoordinator().get(REPORT).then().statusCode(200)
                .extract().jsonPath().getLong("awaitingFollowUp") == before.getLong("awaitingFollowUp") + 1);
        JsonPath after = asCoordinator().get(REPORT).then().statusCode(200).extract().jsonPath();
        assertEquals(before.getLong("stagesNow.WEEKLY"), after.getLong("stagesNow.WEEKLY"));
    }

    @Test
    void reportDefaultsToTheLastTwelveMonthsUpToThisLondonMonth() {
        // 23:30 UTC on 31 May is already June in London
        clock.set(Instant.parse("2026-05-31T23:30:00Z"));
        asCoordinator().get(REPORT).then().statusCode(200)
                .body("from", equalTo("2025-07")).body("to", equalTo("2026-06")).body("months", hasSize(12))
                .body("months[11].month", equalTo("2026-06"));
        asCoordinator().queryParam("to", "2026-03").get(REPORT).then().statusCode(200)
                .body("from", equalTo("2025-04")).body("months", hasSize(12));
        asCoordinator().queryParam("from", "2026-04").get(REPORT).then().statusCode(200)
                .body("to", equalTo("2026-06")).body("months", hasSize(3));
    }

    @Test
    void reportRejectsBadMonthWithProblemNamingTheField() {
        for (String bad : new String[] {"2026-13", "2026-1", "2026-00", "January", "2026-01-01"}) {
            asCoordinator().queryParam("from", bad).queryParam("to", "2026-12").get(REPORT).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(java.util.List.of("from")));
            asCoordinator().queryParam("from", "2026-01").queryParam("to", bad).get(REPORT).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(java.util.List.of("to")));
        }
    }

    @Test
    void reportRejectsFromAfterToAndMoreThanThirtySixMonths() {
        asCoordinator().queryParam("from", "2026-12").queryParam("to", "2026-01").get(REPORT).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        asCoordinator().queryParam("from", "2024-01").queryParam("to", "2026-12").get(REPORT).then().statusCode(200)
                .body("months", hasSize(36));
        asCoordinator().queryParam("from", "2023-12").queryParam("to", "2026-12").get(REPORT).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
    }

    @Test
    void reportIsForCoordinatorsAndAdminsOnly() {
        asCoach(java.util.UUID.randomUUID()).get(REPORT).then().statusCode(403);
        as(org.peercoaching.devidentity.DevTokens.pathway("MSK")).get(REPORT).then().statusCode(403);
        io.restassured.RestAssured.given().get(REPORT).then().statusCode(401);
    }
}
