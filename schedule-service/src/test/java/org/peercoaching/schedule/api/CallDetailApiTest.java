package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.calls;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/** GET /api/v1/calls/{callId}: what the coach's call page shows before the call (issue #18). */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CallDetailApiTest {

    /** Every field the call may carry: a new one fails this test until someone decides the coach should see it. */
    static final Set<String> FIELDS = Set.of("callId", "planId", "referralId", "personFirstName", "phone", "startsAt",
            "endsAt", "when", "status", "stage", "callNumber", "totalCalls", "attempt", "conditions", "language",
            "usualTimes", "lastCall", "nextCall", "limits", "movedTo");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    static JsonPath detail(UUID coach, Object callId) {
        return asCoach(coach).get("/api/v1/calls/" + callId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void beforeTheirFirstCallTheCoachSeesConditionLanguageUsualTimesAndThatThereIsNoLastCall() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Map<String, Object> first = call(a.referral(), 1);
        asCoach(a.coach()).get("/api/v1/calls/" + first.get("callId")).then().statusCode(200)
                .body("personFirstName", equalTo("Brian"))
                .body("phone", equalTo("07700 900123"))
                .body("when", equalTo("Tuesday 24 November, 6pm"))
                .body("conditions", hasSize(1))
                .body("conditions[0].code", equalTo("69896004"))
                .body("conditions[0].name", equalTo("Rheumatoid arthritis"))
                .body("language", equalTo("en"))
                .body("usualTimes", hasSize(1))
                .body("usualTimes[0].day", equalTo("TUESDAY"))
                .body("usualTimes[0].start", equalTo("17:00:00"))
                .body("usualTimes[0].end", equalTo("19:00:00"))
                .body("stage.name", equalTo("WEEKLY"))
                .body("stage.intervalWeeks", equalTo(1))
                .body("stage.callInStage", equalTo(1))
                .body("stage.callsInStage", equalTo(8))
                .body("lastCall", nullValue())
                .body("nextCall.callNumber", equalTo(2))
                .body("nextCall.when", equalTo("Tuesday 1 December, 6pm"))
                .body("movedTo", nullValue());
    }

    @Test
    void theThirdCallShowsCall3Of8WeeklyWithTheGoalsAndConfidenceFromTheLastCallAndTheNextCall() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        for (int n = 1; n <= 2; n++) {
            Map<String, Object> c = call(a.referral(), n);
            clock.set(startOf(c).plus(Duration.ofMinutes(40)));
            record(c.get("callId"), Fixtures.COMPLETED).statusCode(200);
        }
        Map<String, Object> third = call(a.referral(), 3);
        JsonPath d = detail(a.coach(), third.get("callId"));
        assertEquals("WEEKLY", d.getString("stage.name"));
        assertEquals(3, d.getInt("stage.callInStage"));
        assertEquals(8, d.getInt("stage.callsInStage"));
        assertEquals(3, d.getInt("callNumber"));
        assertEquals(14, d.getInt("totalCalls"));
        assertEquals("Try Tuesday with pacing", d.getString("lastCall.goals.wayForward"));
        assertEquals(6, d.getInt("lastCall.confidence"));
        assertEquals(Instant.parse("2026-12-01T18:00:00Z"), Instant.parse(d.getString("lastCall.on")));
        assertEquals(call(a.referral(), 4).get("callId"), d.getString("nextCall.callId"));
        assertTrue(!d.prettify().contains("Talked about walking"), "the notes for the coordinator stay off it");
        Set<String> extra = new TreeSet<>(d.<String, Object>getMap("$").keySet());
        extra.removeAll(FIELDS);
        assertTrue(extra.isEmpty(), "fields not on the allow-list: " + extra);
    }

    @Test
    void theLimitsAreTheProgrammesOwnRecordFromAnHourBeforeAndMovesWithinBothSidesWindows() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Map<String, Object> second = call(a.referral(), 2);
        detail(a.coach(), second.get("callId"));
        asCoach(a.coach()).get("/api/v1/calls/" + second.get("callId")).then().statusCode(200)
                .body("limits.recordFrom", equalTo("2026-12-01T17:00:00Z"))
                .body("limits.callMinutes", equalTo(30))
                .body("limits.moveWindows", hasSize(1))
                .body("limits.moveWindows[0].day", equalTo("TUESDAY"))
                .body("limits.moveWindows[0].start", equalTo("18:00:00"))
                .body("limits.moveWindows[0].end", equalTo("19:00:00"));
    }

    @Test
    void aMovedCallsOldIdNamesTheCallItBecame() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Map<String, Object> second = call(a.referral(), 2);
        String moved = record(second.get("callId"), "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\""
                + startOf(second).plus(Duration.ofMinutes(30)) + "\"}").statusCode(200).extract().path("next.callId");
        asCoach(a.coach()).get("/api/v1/calls/" + second.get("callId")).then().statusCode(200)
                .body("status", equalTo("RESCHEDULED")).body("movedTo", equalTo(moved));
        String again = record(moved, "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\""
                + startOf(second).plus(Duration.ofMinutes(15)) + "\"}").statusCode(200).extract().path("next.callId");
        asCoach(a.coach()).get("/api/v1/calls/" + second.get("callId")).then().statusCode(200)
                .body("movedTo", equalTo(again));
        asCoach(a.coach()).get("/api/v1/calls/" + again).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("callNumber", equalTo(2)).body("movedTo", nullValue())
                .body("when", equalTo("Tuesday 1 December, 6:15pm"));
    }

    @Test
    void onlyTheCoachAndTheirCoordinatorSeeTheCall() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Object callId = call(a.referral(), 1).get("callId");
        asCoach(UUID.randomUUID()).get("/api/v1/calls/" + callId).then().statusCode(404);
        as(DevTokens.coordinator("coord-b")).get("/api/v1/calls/" + callId).then().statusCode(404);
        as(Fixtures.COORDINATOR).get("/api/v1/calls/" + callId).then().statusCode(200);
        asCoach(a.coach()).get("/api/v1/calls/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMatchFromBeforeConditionsAndLanguageWereSentShowsNeither() {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Fixtures.assign(bootstrap, coach);
        String older = Fixtures.matchConfirmed(coach, match, referral, null)
                .replace(",\n    \"personConditionCodes\" : [ \"69896004\" ],\n    \"personLanguage\" : \"en\"", "");
        assertTrue(!older.contains("personLanguage"), older);
        TopicReader.send(bootstrap, "matches", match.toString(), older);
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.asCoordinator().queryParam("referralId", referral)
                .get("/api/v1/plans").then().extract().jsonPath().getList("$").size() == 1);
        Object callId = calls(referral).get(0).get("callId");
        asCoach(coach).get("/api/v1/calls/" + callId).then().statusCode(200)
                .body("conditions", hasSize(0)).body("language", nullValue())
                .body("usualTimes[0].day", equalTo("TUESDAY"));
    }
}
