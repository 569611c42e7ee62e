package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.Scenario;

/** Stage changes, graduation and re-matching, driven by schedule and volunteer events (auto-confirm on). */
@QuarkusTest
@TestProfile(FlowProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class MatchingFlowTest extends Scenario {

    @Test
    void whenBothFirstPeopleStepDownToFortnightlyTheCoachTakesExactlyOneMoreFromTheWaitingList() {
        UUID coach = coachJoins("Maria", "FEMALE");
        String first = referWanting("FEMALE");
        String second = referWanting("FEMALE");
        String third = referWanting("FEMALE");
        String fourth = referWanting("FEMALE");
        assertEquals(Map.of("MATCHED", 2L, "WAITING", 2L), statuses(List.of(first, second, third, fourth)));

        sendStageChange(first, null, "WEEKLY");
        sendStageChange(second, null, "WEEKLY");
        await().atMost(PATIENCE).until(() -> "IN_PROGRAMME".equals(status(first)) && "IN_PROGRAMME".equals(status(second)));
        assertEquals("WEEKLY", referralView(first).getString("stage"));

        sendStageChange(first, "WEEKLY", "FORTNIGHTLY");
        sendStageChange(second, "WEEKLY", "FORTNIGHTLY");
        await().atMost(PATIENCE).until(() -> "FORTNIGHTLY".equals(referralView(first).getString("stage"))
                && "FORTNIGHTLY".equals(referralView(second).getString("stage")));
        await().atMost(PATIENCE).until(() -> statuses(List.of(third, fourth)).equals(Map.of("MATCHED", 1L, "WAITING", 1L)));
        // whichever order the two steps arrive in, exactly one more: a second would break the cap
        TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains("coach.capacity-changed.v1") && v.contains(coach.toString())
                        && v.contains("\"FORTNIGHTLY\":2") && v.contains("\"WEEKLY\":1"), 1, PATIENCE);
        assertEquals(Map.of("MATCHED", 1L, "WAITING", 1L), statuses(List.of(third, fourth)));
        String matched = "MATCHED".equals(status(third)) ? third : fourth;
        assertEquals(coach.toString(), openMatch(matched).get("volunteerId"));
        assertEquals("Maria", referralView(matched).getString("coach.firstName"));

        // the roster hears the coach's room, keyed by the coach: full again with two fortnightly and one weekly
        List<ConsumerRecord<String, String>> capacity = TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains("coach.capacity-changed.v1") && v.contains(coach.toString())
                        && v.contains("\"FORTNIGHTLY\":2") && v.contains("\"room\":0"), 1, PATIENCE);
        assertEquals(coach.toString(), capacity.get(0).key());
    }

    @Test
    void graduationEndsTheMatchAndThePathwaySeesTheOutcome() {
        UUID coach = coachJoins("Aisha", "FEMALE");
        String referral = referWanting("FEMALE");
        String matchId = (String) openMatch(referral).get("id");
        sendStageChange(referral, null, "WEEKLY");
        await().atMost(PATIENCE).until(() -> "IN_PROGRAMME".equals(status(referral)));
        sendStageChange(referral, "MONTHLY", "GRADUATED");
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.programmeCompleted(UUID.fromString(referral), coach));
        await().atMost(PATIENCE).until(() -> "GRADUATED".equals(status(referral)));
        await().atMost(PATIENCE).until(() -> pathwayView(referral).get("outcome") != null);
        JsonPath view = pathwayView(referral);
        assertEquals(13, view.getInt("outcome.callsCompleted"));
        assertEquals(3, view.getInt("outcome.activationLevelAfter"));
        List<ConsumerRecord<String, String>> ended = TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains("match.ended.v1") && v.contains(matchId), 1, PATIENCE);
        assertTrue(ended.get(0).value().contains("\"reason\":\"GRADUATED\""));
    }

    @Test
    void whenACoachPausesTheirPeopleAreReMatchedKeepingTheirStageAndHistory() {
        UUID paused = coachJoins("Priya", "NON_BINARY");
        String first = referWanting("NON_BINARY");
        String second = referWanting("NON_BINARY");
        String oldMatch = (String) openMatch(first).get("id");
        sendStageChange(first, null, "WEEKLY");
        sendStageChange(first, "WEEKLY", "FORTNIGHTLY");
        await().atMost(PATIENCE).until(() -> "FORTNIGHTLY".equals(referralView(first).getString("stage")));

        volunteerEvent("volunteer.paused.v1", paused, "Priya", "NON_BINARY", "PAUSED");
        await().atMost(PATIENCE).until(() -> "WAITING".equals(status(first)) && "WAITING".equals(status(second)));
        assertTrue(referralView(first).getBoolean("waitingForRematch"));
        List<ConsumerRecord<String, String>> ended = TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains("match.ended.v1") && v.contains(oldMatch), 1, PATIENCE);
        assertTrue(ended.get(0).value().contains("\"reason\":\"COACH_PAUSED\""));

        UUID next = coachJoins("Sam", "NON_BINARY");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(first)) && "MATCHED".equals(status(second)));
        Map<String, Object> newMatch = openMatch(first);
        assertEquals(next.toString(), newMatch.get("volunteerId"));
        assertEquals(oldMatch, newMatch.get("replacesMatchId"));
        assertEquals("FORTNIGHTLY", newMatch.get("stage"), "the person keeps their taper stage");
        assertNotEquals(oldMatch, newMatch.get("id"));
        assertEquals(2, history(first).getList("matches").size(), "the old match is kept");
        List<ConsumerRecord<String, String>> confirmed = TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains("match.confirmed.v1") && v.contains("\"replacesMatchId\":\"" + oldMatch + "\""), 1,
                PATIENCE);
        assertTrue(confirmed.get(0).value().contains(next.toString()));
    }

    @Test
    void whenACoachTakesAShortPauseTheyKeepTheirPeopleAndAreOfferedNobodyNewUntilTheyResume() {
        UUID coach = coachJoins("Olu", "MALE");
        String kept = referWanting("MALE");
        String keptMatch = (String) openMatch(kept).get("id");
        assertEquals(coach.toString(), openMatch(kept).get("volunteerId"));

        TopicReader.send(bootstrap, volunteersTopic, coach.toString(),
                Fixtures.shortPaused(coach, "Olu", "MALE", java.time.LocalDate.now().plusWeeks(2)));
        await().atMost(PATIENCE).until(() -> "PAUSED".equals(coach(coach).status));
        // applied in the same transaction as the status: a long pause would have ended the match by now
        assertEquals("MATCHED", status(kept));
        assertEquals(keptMatch, openMatch(kept).get("id"), "the person keeps their coach and match");
        TopicReader.awaitRecords(bootstrap, "matches", v -> v.contains("coach.capacity-changed.v1")
                && v.contains(coach.toString()) && v.contains("\"activePeople\":1") && v.contains("\"room\":0"), 1,
                PATIENCE);

        // the cap would allow one more, but a coach on a short pause is offered nobody new
        String waiting = referWanting("MALE");
        assertEquals("WAITING", status(waiting));
        assertTrue(Fixtures.asCoordinator().when().get("/api/v1/referrals/" + waiting + "/candidates").then().extract()
                .jsonPath().getList("candidates.volunteerId", String.class).stream().noneMatch(coach.toString()::equals));

        volunteerEvent("volunteer.resumed.v1", coach, "Olu", "MALE", "ACTIVE");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(waiting)));
        assertEquals(coach.toString(), openMatch(waiting).get("volunteerId"));
        assertEquals(keptMatch, openMatch(kept).get("id"));
    }

    @Test
    void whenThePersonAsksForAnotherCoachTheyGoToTheFrontOfTheQueueAndAreNotOfferedTheSameCoach() {
        UUID first = coachJoins("Kim", "MALE");
        String waitingAlready = referWanting("MALE");
        String other = referWanting("MALE");
        String asking = referWanting("MALE");
        assertEquals("WAITING", status(asking));
        // make room for the one who is still waiting, so the queue is not empty
        String oldMatch = (String) openMatch(waitingAlready).get("id");
        Fixtures.asCoordinator().contentType(io.restassured.http.ContentType.JSON)
                .body("{\"reason\":\"Wants a coach who calls in the mornings\"}")
                .when().post("/api/v1/referrals/" + waitingAlready + "/rematch").then().statusCode(200);
        // the freed place goes to the person who was already waiting; the one who asked is first in the queue
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(asking)));
        assertEquals("WAITING", status(waitingAlready));
        JsonPath view = referralView(waitingAlready);
        assertTrue(view.getBoolean("waitingForRematch"));
        assertEquals(1, view.getInt("waitingPosition"));
        assertEquals("REMATCH", history(waitingAlready).getString("actions[0].action"));
        assertEquals(Fixtures.COORDINATOR, history(waitingAlready).getString("actions[0].by"));
        TopicReader.awaitRecords(bootstrap, "matches", v -> v.contains("match.ended.v1") && v.contains(oldMatch)
                && v.contains("PERSON_ASKED"), 1, PATIENCE);

        UUID second = coachJoins("Lee", "MALE");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(waitingAlready)));
        assertEquals(second.toString(), openMatch(waitingAlready).get("volunteerId"));
        assertEquals(oldMatch, openMatch(waitingAlready).get("replacesMatchId"));
        assertNotEquals(first.toString(), openMatch(waitingAlready).get("volunteerId"));
        assertEquals("MATCHED", status(other));
    }
}
