package org.peercoaching.schedule.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.COMPLETED;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.calls;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.matchEnded;
import static org.peercoaching.schedule.Fixtures.plan;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;
import org.peercoaching.schedule.domain.jobs.ScheduleJobs;

/** Issue 14: a stage ends by time and by calls made, never by cancellations; or early by a coordinator's decision. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class StageTimingApiTest {

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

    static List<Map<String, Object>> scheduled(UUID referral, String stage) {
        return calls(referral).stream().filter(c -> "SCHEDULED".equals(c.get("status")) && stage.equals(c.get("stage")))
                .toList();
    }

    @Test
    void cancellingEveryWeeklyCallDoesNotMoveThePlanOnBeforeTheStagesWeeksHavePassed() {
        Fixtures.Matched p = matched();
        // cancel every weekly call (and every rebooked attempt) straight away
        for (int round = 0; round < 40 && !scheduled(p.referral(), "WEEKLY").isEmpty(); round++) {
            Object callId = scheduled(p.referral(), "WEEKLY").get(0).get("callId");
            record(callId, "{\"outcome\":\"CANCELLED\"}").statusCode(200);
        }
        jobs.advanceStages();
        assertEquals("WEEKLY", plan(p.referral()).getString("stage"), "cancellations alone never end a stage");
        assertEquals("ACTIVE", plan(p.referral()).getString("status"));
        assertTrue(calls(p.referral()).stream().noneMatch(c -> !"WEEKLY".equals(c.get("stage"))), "nothing booked beyond");

        // the stage's planned weeks pass (last planned weekly call: Tuesday 12 January 2027)
        clock.set(Instant.parse("2027-01-12T17:00:00Z"));
        jobs.markOverdueCalls();
        jobs.advanceStages();
        assertEquals("WEEKLY", plan(p.referral()).getString("stage"), "not before its last planned call's time");
        clock.set(Instant.parse("2027-01-12T19:00:00Z"));
        jobs.markOverdueCalls();
        jobs.advanceStages();
        assertEquals("FORTNIGHTLY", plan(p.referral()).getString("stage"));
        assertEquals(Instant.parse("2027-01-26T18:00:00Z"), startOf(scheduled(p.referral(), "FORTNIGHTLY").get(0)),
                "a fortnight after the last planned weekly call");
    }

    @Test
    void aCancelledCallIsRebookedInTheSameStageWhenATimeFits() {
        Fixtures.Matched p = matched();
        Map<String, Object> first = scheduled(p.referral(), "WEEKLY").get(0);
        record(first.get("callId"), "{\"outcome\":\"CANCELLED\"}").statusCode(200)
                .body("call.status", equalTo("CANCELLED"))
                .body("next.callNumber", equalTo(1)).body("next.attempt", equalTo(2))
                .body("next.stage", equalTo("WEEKLY"));
    }

    @Test
    void aCoordinatorMayEndAStageEarlyWithAReasonWhichIsRecorded() {
        Fixtures.Matched p = matched();
        asCoordinator().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + p.planId() + "/stage/end-early").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        asCoordinator().contentType(ContentType.JSON).body("{\"reason\":\"Doing well\"}")
                .post("/api/v1/plans/" + UUID.randomUUID() + "/stage/end-early").then().statusCode(404)
                .contentType("application/problem+json");

        asCoordinator().contentType(ContentType.JSON).body("{\"reason\":\"Confident and managing well after four calls\"}")
                .post("/api/v1/plans/" + p.planId() + "/stage/end-early").then().statusCode(200)
                .body("stage", equalTo("FORTNIGHTLY"))
                .body("earlyStageEnds[0].stage", equalTo("WEEKLY"))
                .body("earlyStageEnds[0].reason", equalTo("Confident and managing well after four calls"))
                .body("earlyStageEnds[0].decidedBy", equalTo("coord-a"))
                .body("earlyStageEnds[0].decidedAt", equalTo("2026-11-23T10:00:00Z"));
        List<Map<String, Object>> weekly = calls(p.referral()).stream().filter(c -> "WEEKLY".equals(c.get("stage"))).toList();
        assertEquals(8, weekly.size());
        assertTrue(weekly.stream().allMatch(c -> "CANCELLED".equals(c.get("status"))), "kept as cancelled");
        assertEquals(4, scheduled(p.referral(), "FORTNIGHTLY").size());

        TopicReader.send(bootstrap, "matches", p.match().toString(), matchEnded(p.match(), p.referral(), p.coach(), "WITHDRAWN"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "ENDED".equals(plan(p.referral()).getString("status")));
        asCoordinator().contentType(ContentType.JSON).body("{\"reason\":\"Doing well\"}")
                .post("/api/v1/plans/" + p.planId() + "/stage/end-early").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void aCompletedCallStillCountsAndAStageOfCompletedCallsMovesOnAtItsLastCall() {
        Fixtures.Matched p = matched();
        for (int n = 1; n <= 8; n++) {
            Map<String, Object> c = scheduled(p.referral(), "WEEKLY").get(0);
            clock.set(startOf(c).plus(Duration.ofMinutes(40)));
            record(c.get("callId"), COMPLETED).statusCode(200);
        }
        assertEquals("FORTNIGHTLY", plan(p.referral()).getString("stage"));
    }
}
