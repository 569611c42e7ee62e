package org.peercoaching.schedule.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.matchedCoach;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * The weekly call list carries only what making the call needs. The lists below are the whole allow-list:
 * a new field fails this test until someone decides it belongs on a volunteer's screen.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CallListDataMinimisationTest {

    /** The list itself: whose week it is, how times are given, and the coach's next call from now (any week). */
    static final Set<String> LIST_FIELDS = Set.of("coachId", "week", "timeZone", "calls", "nextCall");

    /** The next call: its id (to open it), who (first name) and when. */
    static final Set<String> NEXT_CALL_FIELDS = Set.of("callId", "personFirstName", "startsAt", "when");

    /**
     * Each call: its id (to record it), the plan and referral ids (ids only, to open the person), when
     * (Europe/London), stage, call n of total and which attempt, status (the outcome once recorded), first name, phone,
     * and when it may be recorded (the programme's rule, so the page can say so before refusing).
     */
    static final Set<String> CALL_FIELDS = Set.of("callId", "planId", "referralId", "personFirstName", "phone",
            "startsAt", "endsAt", "when", "stage", "callNumber", "attempt", "totalCalls", "status", "lastCall",
            "recordFrom");

    /** From the person's last completed call: when it was and their goals in their words (way forward = next step). */
    static final Set<String> LAST_CALL_FIELDS = Set.of("on", "goals");
    static final Set<String> GOAL_FIELDS = Set.of("topic", "goal", "reality", "options", "wayForward");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCallInTheListCarriesOnlyAllowListedFields() {
        Fixtures.Matched a = matchedCoach(bootstrap, "coord-a");
        Map<String, Object> first = call(a.referral(), 1);
        clock.set(startOf(first).plus(Duration.ofMinutes(40)));
        record(first.get("callId"), Fixtures.COMPLETED).statusCode(200);

        for (String token : List.of(DevTokens.volunteer(a.coach()), Fixtures.COORDINATOR)) {
            for (String week : List.of("2026-W48", "2026-W49")) {
                String json = as(token).queryParam("week", week).get("/api/v1/coaches/" + a.coach() + "/calls")
                        .then().statusCode(200).extract().asString();
                Map<String, Object> list = io.restassured.path.json.JsonPath.from(json).getMap("$");
                assertSubset(LIST_FIELDS, list.keySet(), "the list");
                if (list.get("nextCall") != null) {
                    assertSubset(NEXT_CALL_FIELDS, ((Map<String, Object>) list.get("nextCall")).keySet(), "nextCall");
                }
                List<Map<String, Object>> calls = (List<Map<String, Object>>) list.get("calls");
                assertEquals(1, calls.size(), "one call of this person in " + week);
                for (Map<String, Object> c : calls) {
                    assertSubset(CALL_FIELDS, c.keySet(), "a call");
                    Map<String, Object> last = (Map<String, Object>) c.get("lastCall");
                    if (last != null) {
                        assertSubset(LAST_CALL_FIELDS, last.keySet(), "lastCall");
                        assertSubset(GOAL_FIELDS, ((Map<String, Object>) last.get("goals")).keySet(), "lastCall.goals");
                    }
                }
                assertFalse(json.contains("Talked about walking"), "the coach's free-text notes are not in the list");
                assertFalse(json.contains("\"confidence\""), "no confidence rating in the list");
            }
        }
        // the check is not vacuous: the second week's call shows the goals from the first
        Map<String, Object> second = as(Fixtures.COORDINATOR).queryParam("week", "2026-W49")
                .get("/api/v1/coaches/" + a.coach() + "/calls").then().statusCode(200).extract().path("calls[0]");
        assertNotNull(second.get("lastCall"));
        assertEquals("Try Tuesday with pacing", ((Map<String, Map<String, Object>>) second.get("lastCall")).get("goals")
                .get("wayForward"));
    }

    static void assertSubset(Set<String> allowed, Set<String> actual, String what) {
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(allowed);
        assertTrue(extra.isEmpty(), what + " carries fields that are not on the allow-list: " + extra);
    }
}
