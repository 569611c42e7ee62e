package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.COMPLETED;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.assign;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.calls;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.matchEnded;
import static org.peercoaching.schedule.Fixtures.plan;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.scheduleEvents;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;
import org.peercoaching.schedule.domain.jobs.ScheduleJobs;
import org.peercoaching.schedule.domain.plan.CallSlotter;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class PlanLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @Inject
    ScheduleJobs jobs;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** A coach given to the test coordinator and matched with one person, once the plan is there. */
    Fixtures.Matched matched() {
        return matchedCoach(bootstrap, Fixtures.COORDINATOR_ID);
    }

    void completeAt(Fixtures.Matched p, int number) {
        Map<String, Object> call = call(p.referral(), number);
        clock.set(startOf(call).plus(Duration.ofMinutes(40)));
        record(call.get("callId"), COMPLETED).statusCode(200);
    }

    @Test
    void aConfirmedMatchPublishesTheStartOfTheWeeklyStageKeyedByPlan() {
        Fixtures.Matched p = matched();
        List<String> events = scheduleEvents(bootstrap, "schedule.stage-changed.v1", p.planId(), 1);
        assertEquals(1, events.size());
        assertTrue(events.get(0).startsWith(p.planId() + " "), "keyed by plan id");
        assertTrue(events.get(0).contains("\"fromStage\":null"));
        assertTrue(events.get(0).contains("\"toStage\":\"WEEKLY\""));
        assertTrue(events.get(0).contains(p.coach().toString()));
    }

    @Test
    void aCompletedCallIsRecordedOncePublishedAndItsGoalsShownBeforeTheNextCall() {
        Fixtures.Matched p = matched();
        Object first = call(p.referral(), 1).get("callId");
        completeAt(p, 1);
        record(first, COMPLETED).statusCode(409).contentType("application/problem+json");
        record(first, "{\"outcome\":\"CANCELLED\"}").statusCode(409);

        List<String> recorded = scheduleEvents(bootstrap, "schedule.call-recorded.v1", first.toString(), 1);
        assertTrue(recorded.get(0).contains("\"outcome\":\"COMPLETED\""));
        assertTrue(recorded.get(0).contains("\"durationMinutes\":35"));
        assertTrue(!recorded.get(0).contains("shop"), "no notes or goals in the event");

        asCoordinator().queryParam("week", "2026-W49").get("/api/v1/coaches/" + p.coach() + "/calls").then().statusCode(200)
                .body("calls[0].callNumber", equalTo(2))
                .body("calls[0].lastCall.goals.goal", equalTo("Walk to the shop twice a week"))
                .body("calls[0].lastCall.goals.wayForward", equalTo("Try Tuesday with pacing"))
                .body("calls[0].lastCall.on", equalTo("2026-11-24T18:00:00Z"))
                .body("calls[0].lastCall", not(hasKey("notes")))
                .body("calls[0].lastCall", not(hasKey("confidence")));
    }

    @Test
    void aCompletedCallWithoutDurationOrConfidenceIsA400NamingBoth() {
        Fixtures.Matched p = matched();
        clock.set(startOf(call(p.referral(), 1)).plus(Duration.ofMinutes(40)));
        record(call(p.referral(), 1).get("callId"), "{\"outcome\":\"COMPLETED\",\"confidence\":11}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("confidence"));
        record(call(p.referral(), 1).get("callId"), "{\"outcome\":\"COMPLETED\"}")
                .statusCode(400).body("errors.field", hasItem("durationMinutes"))
                .body("errors.field", hasItem("confidence"));
        record(UUID.randomUUID(), "{\"outcome\":\"CANCELLED\"}").statusCode(404);
    }

    @Test
    void aCallCannotBeRecordedAsDoneDaysBeforeItHappens() {
        Fixtures.Matched p = matched();
        record(call(p.referral(), 3).get("callId"), COMPLETED).statusCode(422);
    }

    @Test
    void aCallMovesOnlyToATimeThatFitsBothAndTheOldOneMakesWayForTheNewAttempt() {
        Fixtures.Matched p = matched();
        Map<String, Object> second = call(p.referral(), 2);
        Instant wednesday = startOf(second).plus(Duration.ofDays(1));
        record(second.get("callId"), "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\"" + wednesday + "\"}")
                .statusCode(422);
        Instant halfPastSix = startOf(second).plus(Duration.ofMinutes(30));
        record(second.get("callId"), "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":\"" + halfPastSix + "\"}")
                .statusCode(200).body("next.callNumber", equalTo(2)).body("next.attempt", equalTo(2));
        asCoordinator().queryParam("week", "2026-W49").get("/api/v1/coaches/" + p.coach() + "/calls").then().statusCode(200)
                .body("calls.size()", equalTo(1)).body("calls[0].when", equalTo("Tuesday 1 December, 6:30pm"));
    }

    @Test
    void whenTheLastWeeklyCallIsDoneTheFortnightlyStageIsBookedAndPublished() {
        Fixtures.Matched p = matched();
        for (int n = 1; n <= 8; n++) {
            completeAt(p, n);
        }
        List<String> changes = scheduleEvents(bootstrap, "\"toStage\":\"FORTNIGHTLY\"", p.planId(), 1);
        assertTrue(changes.get(0).contains("\"fromStage\":\"WEEKLY\""));
        assertEquals("FORTNIGHTLY", plan(p.referral()).getString("stage"));
        List<Map<String, Object>> fortnightly = calls(p.referral()).stream()
                .filter(c -> "FORTNIGHTLY".equals(c.get("stage"))).toList();
        assertEquals(List.of(9, 10, 11, 12), fortnightly.stream().map(c -> c.get("callNumber")).toList());
        assertEquals(Instant.parse("2027-01-26T18:00:00Z"), startOf(fortnightly.get(0)), "two weeks after call 8");
        assertEquals(Instant.parse("2027-02-09T18:00:00Z"), startOf(fortnightly.get(1)));
        asCoordinator().queryParam("week", "2027-W04").get("/api/v1/coaches/" + p.coach() + "/calls").then()
                .body("calls[0].callNumber", equalTo(9)).body("calls[0].totalCalls", equalTo(14))
                .body("calls[0].stage", equalTo("FORTNIGHTLY"));
    }

    @Test
    void aCoordinatorCanExtendTheWeeklyStageWithAReason() {
        Fixtures.Matched p = matched();
        asCoordinator().contentType(ContentType.JSON).body("{\"extraCalls\":2,\"reason\":\"Settling in after a flare\"}")
                .post("/api/v1/plans/" + p.planId() + "/extensions").then().statusCode(200)
                .body("totalCalls", equalTo(16));
        Map<String, Object> tenth = call(p.referral(), 10);
        assertEquals("WEEKLY", tenth.get("stage"));
        assertEquals(Instant.parse("2027-01-26T18:00:00Z"), startOf(tenth));
        asCoordinator().contentType(ContentType.JSON).body("{\"extraCalls\":0}")
                .post("/api/v1/plans/" + p.planId() + "/extensions").then().statusCode(400)
                .body("errors.field", hasItem("extraCalls")).body("errors.field", hasItem("reason"));
    }

    @Test
    void anEscalationIsPublishedAtOnceAndStaysOnTheAlertListUntilClosedWithAnAction() {
        Fixtures.Matched p = matched();
        Object callId = call(p.referral(), 1).get("callId");
        String alertId = asCoordinator().contentType(ContentType.JSON)
                .body("{\"category\":\"SAFEGUARDING\",\"detail\":\"Mentioned a worrying situation at home\"}")
                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(201)
                .body("kind", equalTo("ESCALATION")).extract().path("alertId");
        List<String> events = scheduleEvents(bootstrap, "schedule.escalation-raised.v1", alertId, 1);
        assertTrue(events.get(0).contains("\"category\":\"SAFEGUARDING\""));
        assertTrue(!events.get(0).contains("worrying"), "the detail stays in the alert list");
        asCoordinator().get("/api/v1/alerts").then().statusCode(200).body("alertId", hasItem(alertId));
        asCoordinator().contentType(ContentType.JSON).body("{\"action\":\"Called the safeguarding lead; plan agreed\"}")
                .post("/api/v1/alerts/" + alertId + "/closure").then().statusCode(200)
                .body("closingAction", equalTo("Called the safeguarding lead; plan agreed"));
        asCoordinator().get("/api/v1/alerts").then().statusCode(200).body("alertId", not(hasItem(alertId)));
        asCoordinator().contentType(ContentType.JSON).body("{\"action\":\"again\"}")
                .post("/api/v1/alerts/" + alertId + "/closure").then().statusCode(409);
        asCoordinator().contentType(ContentType.JSON).body("{\"category\":\"WORRY\"}")
                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(400);
    }

    @Test
    void aCoordinatorNotesWhatWasDoneAndTellsTheClinicalTeamOnceEachRecordedWithWhoAndWhen() {
        Fixtures.Matched p = matched();
        Object callId = call(p.referral(), 1).get("callId");
        String alertId = Fixtures.as(org.peercoaching.devidentity.DevTokens.volunteer(p.coach())).contentType(ContentType.JSON)
                .body("{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}")
                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(201).extract().path("alertId");
        // the alert names the person and their phone, from the plan, so the coordinator can ring them at once
        asCoordinator().get("/api/v1/alerts").then().statusCode(200)
                .body("find { it.alertId == '" + alertId + "' }.personFirstName", equalTo("Brian"))
                .body("find { it.alertId == '" + alertId + "' }.personPhone", equalTo("07700 900123"))
                .body("find { it.alertId == '" + alertId + "' }.stage", equalTo("WEEKLY"))
                .body("find { it.alertId == '" + alertId + "' }.notes", org.hamcrest.Matchers.empty());
        Instant now = clock.instant();
        asCoordinator().contentType(ContentType.JSON).body("{\"note\":\"Rang the person: no answer, left a message\"}")
                .post("/api/v1/alerts/" + alertId + "/notes").then().statusCode(200)
                .body("notes[0].kind", equalTo("NOTE"))
                .body("notes[0].note", equalTo("Rang the person: no answer, left a message"))
                .body("notes[0].by", equalTo("coord-a"))
                .body("notes[0].at", equalTo(now.toString()))
                .body("closedAt", nullValue());
        asCoordinator().contentType(ContentType.JSON).body("{\"note\":\"Passed to the duty nurse, who will ring tonight\"}")
                .post("/api/v1/alerts/" + alertId + "/clinical-escalation").then().statusCode(200)
                .body("notes.kind", equalTo(List.of("NOTE", "CLINICAL_ESCALATION")))
                .body("notes[1].by", equalTo("coord-a"));
        asCoordinator().contentType(ContentType.JSON).body("{\"note\":\"again\"}")
                .post("/api/v1/alerts/" + alertId + "/clinical-escalation").then().statusCode(409)
                .body("detail", equalTo("The clinical team has already been told about this concern. Add a note instead."));
        asCoordinator().contentType(ContentType.JSON).body("{\"note\":\"  \"}")
                .post("/api/v1/alerts/" + alertId + "/notes").then().statusCode(400).body("errors.field", hasItem("note"));
        // the notes stay with the alert on the list, and after it is closed
        asCoordinator().get("/api/v1/alerts").then().statusCode(200)
                .body("find { it.alertId == '" + alertId + "' }.notes.size()", equalTo(2));
        asCoordinator().contentType(ContentType.JSON).body("{\"action\":\"Crisis team visited; coach debriefed\"}")
                .post("/api/v1/alerts/" + alertId + "/closure").then().statusCode(200).body("notes.size()", equalTo(2));
        asCoordinator().contentType(ContentType.JSON).body("{\"note\":\"late\"}")
                .post("/api/v1/alerts/" + alertId + "/notes").then().statusCode(409);
        asCoordinator().queryParam("state", "all").get("/api/v1/alerts").then().statusCode(200)
                .body("find { it.alertId == '" + alertId + "' }.notes.size()", equalTo(2));
    }

    @Test
    void thePlanGivesTheCoordinatorTheGoalAndConfidenceFromTheLastCallTheyTalked() {
        Fixtures.Matched p = matched();
        asCoordinator().get("/api/v1/plans/" + p.planId()).then().statusCode(200).body("lastTalk", nullValue());
        Object firstStartsAt = call(p.referral(), 1).get("startsAt");
        completeAt(p, 1);
        Map<String, Object> second = call(p.referral(), 2);
        clock.set(startOf(second).plus(Duration.ofMinutes(40)));
        record(second.get("callId"), "{\"outcome\":\"NO_ANSWER\"}").statusCode(200);
        asCoordinator().get("/api/v1/plans/" + p.planId()).then().statusCode(200)
                .body("lastTalk.callNumber", equalTo(1))
                .body("lastTalk.confidence", equalTo(6))
                .body("lastTalk.goal", equalTo("Walk to the shop twice a week"))
                .body("lastTalk.wayForward", equalTo("Try Tuesday with pacing"))
                .body("lastTalk.startsAt", equalTo(firstStartsAt))
                .body("lastTalk", not(hasKey("notes")));
    }

    @Test
    void threeMissedCallsInARowAlertTheCoordinator() {
        Fixtures.Matched p = matched();
        for (int n = 1; n <= 2; n++) {
            Map<String, Object> c = call(p.referral(), n);
            clock.set(startOf(c).plus(Duration.ofMinutes(40)));
            record(c.get("callId"), "{\"outcome\":\"NO_ANSWER\"}").statusCode(200).body("next", nullValue());
        }
        assertTrue(asCoordinator().get("/api/v1/alerts").then().extract().jsonPath().<String>getList("planId")
                .stream().noneMatch(p.planId()::equals), "two are not yet a run");
        // the third call is not recorded at all: the overdue job marks it missed a day after it ended
        clock.set(startOf(call(p.referral(), 3)).plus(Duration.ofHours(25)));
        assertTrue(jobs.markOverdueCalls() >= 1);
        asCoordinator().get("/api/v1/alerts").then().statusCode(200)
                .body("findAll { it.planId == '" + p.planId() + "' }.kind", equalTo(List.of("MISSED_CALLS")));
    }

    @Test
    void aPausedCoachsCallsAreHeldAndARematchMovesThemIntoTheNewCoachsWindows() {
        Fixtures.Matched p = matched();
        completeAt(p, 1);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        TopicReader.send(bootstrap, "matches", p.match().toString(),
                matchEnded(p.match(), p.referral(), p.coach(), "COACH_PAUSED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "AWAITING_COACH".equals(plan(p.referral()).getString("status")));
        asCoordinator().queryParam("week", "2026-W50").get("/api/v1/coaches/" + p.coach() + "/calls").then()
                .body("calls.size()", equalTo(0));

        UUID newCoach = UUID.randomUUID();
        UUID newMatch = UUID.randomUUID();
        assign(bootstrap, newCoach);
        TopicReader.send(bootstrap, "matches", newMatch.toString(),
                Fixtures.rematchOnThursdays(newCoach, newMatch, p.referral(), p.match()));
        await().atMost(Duration.ofSeconds(60)).until(() -> newCoach.toString().equals(plan(p.referral()).getString("coachId")));
        assertEquals(p.planId(), plan(p.referral()).getString("planId"), "the same plan");
        assertEquals("ACTIVE", plan(p.referral()).getString("status"));
        List<Map<String, Object>> all = calls(p.referral());
        assertEquals("COMPLETED", all.get(0).get("status"), "history stays");
        List<Map<String, Object>> future = all.stream().filter(c -> "SCHEDULED".equals(c.get("status"))).toList();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), future.stream().map(c -> c.get("callNumber")).toList());
        for (Map<String, Object> c : future) {
            ZonedDateTime at = startOf(c).atZone(CallSlotter.LONDON);
            assertEquals(DayOfWeek.THURSDAY, at.getDayOfWeek());
            assertEquals(LocalTime.of(18, 0), at.toLocalTime());
        }
        asCoordinator().queryParam("week", "2026-W49").get("/api/v1/coaches/" + newCoach + "/calls").then()
                .body("calls[0].callNumber", equalTo(2)).body("calls[0].when", equalTo("Thursday 3 December, 6pm"));
        List<String> starts = scheduleEvents(bootstrap, "schedule.stage-changed.v1", newCoach.toString(), 1);
        assertTrue(starts.get(0).startsWith(p.planId() + " "));
        assertTrue(starts.get(0).contains("\"fromStage\":null"));
    }

    @Test
    void aWithdrawnPersonsFutureCallsAreCancelledAndKept() {
        Fixtures.Matched p = matched();
        TopicReader.send(bootstrap, "matches", p.match().toString(),
                matchEnded(p.match(), p.referral(), p.coach(), "WITHDRAWN"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ENDED".equals(plan(p.referral()).getString("status")));
        List<Map<String, Object>> all = calls(p.referral());
        assertEquals(8, all.size());
        assertTrue(all.stream().allMatch(c -> "CANCELLED".equals(c.get("status"))));
        asCoordinator().queryParam("week", "2026-W48").get("/api/v1/coaches/" + p.coach() + "/calls").then()
                .body("calls[0].status", equalTo("CANCELLED"));
    }

    @Test
    void aRemindIsSentOnceTheDayBeforeEvenIfTheJobRunsTwice() {
        Fixtures.Matched p = matched();
        clock.set(OffsetDateTime.parse("2026-11-30T08:00:00Z").toInstant());
        int first = jobs.sendReminders();
        int second = jobs.sendReminders();
        assertTrue(first >= 1);
        assertEquals(0, second);
    }
}
