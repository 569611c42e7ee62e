package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.asCoordinator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/**
 * A coach's short pause (issue #18), through the real broker: their person stays with them, the calls in the pause
 * are moved (keeping their ids) or skipped (not missed), the coordinator is told who is affected and can list it.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ShortPauseApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** Both the person and the coach are free on Monday and Tuesday evenings. */
    static String matchOnMondaysAndTuesdays(UUID coach, UUID match, UUID referral) {
        String monday = "{\n      \"day\" : \"MONDAY\",\n      \"start\" : \"18:00:00\",\n      \"end\" : \"20:00:00\"\n    }, ";
        return Fixtures.matchConfirmed(coach, match, referral, null)
                .replace("\"personCallWindows\" : [ {", "\"personCallWindows\" : [ " + monday + "{")
                .replace("\"coachCallWindows\" : [ {", "\"coachCallWindows\" : [ " + monday + "{");
    }

    static String shortPaused(UUID coach, LocalDate until) {
        return Fixtures.golden("volunteer.paused.v1")
                .replace("3d4e5f60-7182-493a-a4b5-c6d7e8f90123", UUID.randomUUID().toString())
                .replace(Fixtures.GOLDEN_COACH, coach.toString())
                .replace("\"coordinatorId\" : \"coord-amina\"", "\"coordinatorId\" : \"" + Fixtures.COORDINATOR_ID + "\"")
                .replace("\"pausedUntil\" : \"2026-12-14\"", "\"pausedUntil\" : \"" + until + "\"");
    }

    static LocalDate londonDay(Map<String, Object> call) {
        return Fixtures.startOf(call).atZone(CallSlotter.LONDON).toLocalDate();
    }

    @Test
    void aShortPauseKeepsThePersonMovesTheLastCallInItKeepingItsIdAndSkipsTheOthersWithoutCountingThemMissed() {
        Fixtures.Matched person = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID,
                ShortPauseApiTest::matchOnMondaysAndTuesdays);
        UUID coach = person.coach();
        UUID referral = person.referral();
        Map<String, Object> first = Fixtures.call(referral, 1);
        Map<String, Object> second = Fixtures.call(referral, 2);
        Map<String, Object> third = Fixtures.call(referral, 3);
        LocalDate until = londonDay(second).plusDays(1);

        TopicReader.send(bootstrap, "volunteers", coach.toString(), shortPaused(coach, until));
        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.calls(referral).stream()
                .anyMatch(c -> "SKIPPED".equals(c.get("status"))));

        JsonPath plan = Fixtures.plan(referral);
        assertEquals("ACTIVE", plan.getString("status"), "the person stays with their coach");
        List<Map<String, Object>> calls = plan.getList("calls");
        Map<String, Object> skipped = byId(calls, first.get("callId"));
        Map<String, Object> moved = byId(calls, second.get("callId"));
        assertEquals("SKIPPED", skipped.get("status"));
        assertEquals("SCHEDULED", moved.get("status"), "the last call in the pause moved, keeping its id");
        Instant movedTo = Fixtures.startOf(moved);
        assertTrue(!movedTo.isBefore(until.atStartOfDay(CallSlotter.LONDON).toInstant()), "after the pause: " + movedTo);
        assertTrue(movedTo.isBefore(Fixtures.startOf(third)), "before the next call: " + movedTo);
        assertEquals(Fixtures.startOf(third), Fixtures.startOf(byId(calls, third.get("callId"))), "calls after it stay");
        // the coach's old link to the call still opens it, at its new time
        asCoach(coach).get("/api/v1/calls/" + second.get("callId")).then().statusCode(200)
                .body("startsAt", org.hamcrest.Matchers.notNullValue());
        assertNotEquals(second.get("startsAt"), moved.get("startsAt"));

        // skipped is not missed: no missed count, and the person is still on the coach's list
        JsonPath people = asCoach(coach).get("/api/v1/coaches/" + coach + "/people").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ACTIVE"), people.getList("people.status"));
        assertEquals(List.of(0), people.getList("people.callsMissed"));

        // the coordinator is told who is affected, and can list what moved where
        List<Map<String, Object>> alerts = asCoordinator().get("/api/v1/alerts").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.coachId == '" + coach + "' }");
        assertEquals(1, alerts.size());
        assertEquals("CALLS_MOVED_OR_SKIPPED", alerts.get(0).get("kind"));
        String detail = (String) alerts.get(0).get("detail");
        assertTrue(detail.contains("Brian's call 1") && detail.contains("is skipped")
                && detail.contains("Brian's call 2") && detail.contains("moves to"), detail);
        assertTrue(asCoordinator().get("/api/v1/alerts").then().extract().jsonPath()
                .getList("findAll { it.coachId == '" + coach + "' && it.kind == 'MISSED_CALLS' }").isEmpty());

        JsonPath changes = asCoordinator().get("/api/v1/coaches/" + coach + "/pause-changes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(until.toString(), changes.getString("pausedUntil"));
        assertEquals(List.of("Brian"), changes.getList("people.personFirstName"));
        assertEquals(List.of("SKIPPED", "MOVED"), changes.getList("people[0].changes.outcome"));
        assertEquals(second.get("callId"), changes.getString("people[0].changes[1].callId"));
        assertEquals(movedTo, Instant.parse(changes.getString("people[0].changes[1].to")));
        assertTrue(changes.getString("people[0].changes[1].toWhen").matches("(Monday|Tuesday) \\d+ \\w+, 6(:\\d\\d)?pm"),
                changes.getString("people[0].changes[1].toWhen"));

        // another coordinator, and the coach themselves, do not see it
        Fixtures.as(DevTokens.coordinator("coord-b")).get("/api/v1/coaches/" + coach + "/pause-changes").then()
                .statusCode(404);
        asCoach(coach).get("/api/v1/coaches/" + coach + "/pause-changes").then().statusCode(403);
    }

    @Test
    void resumingEndsTheShortPauseAndAnnouncingItAgainChangesNothingMore() {
        Fixtures.Matched person = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID,
                ShortPauseApiTest::matchOnMondaysAndTuesdays);
        UUID coach = person.coach();
        UUID referral = person.referral();
        LocalDate until = londonDay(Fixtures.call(referral, 1)).plusDays(1);
        String paused = shortPaused(coach, until);
        TopicReader.send(bootstrap, "volunteers", coach.toString(), paused);
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoordinator().get("/api/v1/coaches/" + coach
                + "/pause-changes").then().extract().jsonPath().getList("people").size() == 1);
        // the same pause announced again (an update while paused): nothing in the pause is left to change
        TopicReader.send(bootstrap, "volunteers", coach.toString(), paused.replaceFirst("\"id\" : \"[^\"]+\"", "\"id\" : \"" + UUID.randomUUID() + "\""));
        TopicReader.send(bootstrap, "volunteers", coach.toString(), Fixtures.golden("volunteer.resumed.v1")
                .replaceFirst("\"id\" : \"[^\"]+\"", "\"id\" : \"" + UUID.randomUUID() + "\"")
                .replace(Fixtures.GOLDEN_COACH, coach.toString())
                .replace("\"coordinatorId\" : \"coord-amina\"", "\"coordinatorId\" : \"" + Fixtures.COORDINATOR_ID + "\""));
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoordinator().get("/api/v1/coaches/" + coach
                + "/pause-changes").then().extract().jsonPath().getString("pausedUntil") == null);
        JsonPath changes = asCoordinator().get("/api/v1/coaches/" + coach + "/pause-changes").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, changes.getList("people[0].changes").size(), "each call changed once");
    }

    @Test
    void callsANewStageBooksIntoTheBreakLaterAreMovedOrSkippedToo() {
        Fixtures.Matched person = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID,
                ShortPauseApiTest::matchOnMondaysAndTuesdays);
        UUID coach = person.coach();
        UUID referral = person.referral();
        String planId = person.planId();
        LocalDate until = LocalDate.now(CallSlotter.LONDON).plusDays(24);
        Instant back = until.atStartOfDay(CallSlotter.LONDON).toInstant();
        TopicReader.send(bootstrap, "volunteers", coach.toString(), shortPaused(coach, until));
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoordinator().get("/api/v1/coaches/" + coach
                + "/pause-changes").then().extract().jsonPath().getList("people").size() == 1);
        int before = asCoordinator().get("/api/v1/coaches/" + coach + "/pause-changes").then().extract().jsonPath()
                .getList("people[0].changes").size();

        // the coordinator ends the weekly stage early: the fortnightly calls are booked from now, into the break
        asCoordinator().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"reason\":\"Confident and managing well\"}")
                .post("/api/v1/plans/" + planId + "/stage/end-early").then().statusCode(200);
        List<Map<String, Object>> fortnightly = Fixtures.calls(referral).stream()
                .filter(c -> "FORTNIGHTLY".equals(c.get("stage"))).toList();
        assertTrue(!fortnightly.isEmpty(), "the next stage was booked");
        assertTrue(fortnightly.stream().filter(c -> "SCHEDULED".equals(c.get("status")))
                .allMatch(c -> !Fixtures.startOf(c).isBefore(back)), "no call is left in the break: " + fortnightly);
        int after = asCoordinator().get("/api/v1/coaches/" + coach + "/pause-changes").then().extract().jsonPath()
                .getList("people[0].changes").size();
        assertTrue(after > before, "the new stage's call in the break is listed: " + before + " -> " + after);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> calls, Object id) {
        return calls.stream().filter(c -> id.equals(c.get("callId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no call " + id));
    }
}
