package org.peercoaching.matching.flow;

import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.ManualConfirmProfile;
import org.peercoaching.matching.Scenario;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/** auto-confirm off: proposals wait for a coordinator, who confirms, declines or chooses another coach. */
@QuarkusTest
@TestProfile(ManualConfirmProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class CoordinatorActionsTest extends Scenario {

    @Inject
    MatchRepository matches;

    static String post(String path, String body, int expected) {
        return asCoordinator().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(expected).extract().asString();
    }

    /** An action that takes no body at all. */
    static String post(String path, int expected) {
        return asCoordinator().when().post(path).then().statusCode(expected).extract().asString();
    }

    @Test
    void aProposalCarriesItsBreakdownAndWaitsForACoordinatorToConfirmIt() {
        coachJoins("Maria", "FEMALE");
        String referral = referWanting("FEMALE");
        assertEquals("PROPOSED", status(referral));
        assertTrue(referralView(referral).get("coach") == null, "no coach is named before confirmation");
        String matchId = (String) openMatch(referral).get("id");

        asCoordinator().when().get("/api/v1/matches/" + matchId).then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("score.condition", equalTo(1.0f))
                .body("score.language", equalTo(1.0f))
                .body("score.total", notNullValue())
                .body("score.priority", notNullValue());

        post("/api/v1/matches/" + matchId + "/confirm", 200);
        assertEquals("MATCHED", status(referral));
        assertEquals("Maria", referralView(referral).getString("coach.firstName"));
        JsonPath history = history(referral);
        assertEquals("CONFIRM", history.getString("actions[0].action"));
        assertEquals(Fixtures.COORDINATOR, history.getString("actions[0].by"), "who acted: the token's subject");
        assertTrue(history.getString("actions[0].at") != null);
        // an old client that still sends a body is not refused for it; the proposal is simply no longer open
        post("/api/v1/matches/" + matchId + "/confirm", "{\"by\":\"coordinator.jo\"}", 409);
    }

    @Test
    void aDeclinedCoachIsNeverProposedToThatPersonAgain() {
        UUID maria = coachJoins("Maria", "FEMALE");
        String referral = referWanting("FEMALE");
        String matchId = (String) openMatch(referral).get("id");
        post("/api/v1/matches/" + matchId + "/decline", "{}", 400);
        asCoordinator().contentType(ContentType.JSON).when().post("/api/v1/matches/" + matchId + "/decline")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("body"));
        post("/api/v1/matches/" + matchId + "/decline", "{\"reason\":\"They know each other\"}", 200);
        assertEquals("WAITING", status(referral), "the only coach with room was declined");
        assertTrue(asCoordinator().when().get("/api/v1/referrals/" + referral + "/candidates").then().statusCode(200)
                .extract().jsonPath().getList("volunteerId").isEmpty());
        JsonPath history = history(referral);
        assertEquals("DECLINE", history.getString("actions[0].action"));
        assertEquals("They know each other", history.getString("actions[0].reason"));
        assertEquals(Fixtures.COORDINATOR, history.getString("actions[0].by"));

        UUID aisha = coachJoins("Aisha", "FEMALE");
        await().atMost(PATIENCE).until(() -> "PROPOSED".equals(status(referral)));
        assertEquals(aisha.toString(), openMatch(referral).get("volunteerId"));
        assertFalse(maria.toString().equals(openMatch(referral).get("volunteerId")));
    }

    @Test
    void theTopCandidatesComeBestFirstWithBreakdownsAndACoordinatorCanChooseAnother() {
        coachJoins("Maria", "FEMALE");
        String referral = referWanting("FEMALE");
        UUID other = coachJoins("Bea", "FEMALE");
        JsonPath candidates = asCoordinator().queryParam("limit", 5).when().get("/api/v1/referrals/" + referral + "/candidates")
                .then().statusCode(200).extract().jsonPath();
        List<Float> totals = candidates.getList("score.total", Float.class);
        assertFalse(totals.isEmpty());
        for (int i = 1; i < totals.size(); i++) {
            assertTrue(totals.get(i - 1) >= totals.get(i), "best first");
        }
        assertTrue(candidates.getList("volunteerId").contains(other.toString()));

        String proposedTo = (String) openMatch(referral).get("volunteerId");
        UUID chosen = proposedTo.equals(other.toString()) ? coachIds.get(0) : other;
        post("/api/v1/referrals/" + referral + "/override", "{\"volunteerId\":\"" + chosen
                + "\",\"reason\":\"Same hospital\"}", 200);
        assertEquals("MATCHED", status(referral));
        assertEquals(chosen.toString(), openMatch(referral).get("volunteerId"));
        JsonPath history = history(referral);
        assertEquals("OVERRIDE", history.getString("actions[0].action"));
        assertEquals("Same hospital", history.getString("actions[0].reason"));
        assertEquals(2, history.getList("matches").size());

        String male = referWanting("MALE");
        post("/api/v1/referrals/" + male + "/override", "{\"volunteerId\":\"" + chosen
                + "\",\"reason\":\"try\"}", 422);
    }

    @Inject
    ReferralRepository referralRepository;

    /** Fifty people already on the waiting list (as if they had arrived while no coach fitted). */
    List<String> fiftyWaiting() {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<String> made = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < 50; i++) {
                Referral r = new Referral();
                r.id = UUID.randomUUID();
                r.pathway = "rheumatology";
                r.pathwayReferralId = "LOAD-" + r.id;
                r.requestFingerprint = "load";
                r.firstName = "Person";
                r.lastName = "Waiting";
                r.phone = "07700 900" + String.format("%03d", i);
                r.language = "en";
                r.activationInstrument = "PAM-13";
                r.activationScore = new BigDecimal("40.0");
                r.activationLevel = 1;
                r.activationMeasuredOn = LocalDate.of(2026, 11, 1);
                r.imdDecile = 3;
                r.consentToContact = true;
                r.consentToShareGoals = true;
                r.conditionCodes.add("69896004");
                r.callWindows.add(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
                r.receivedAt = now;
                r.moveTo(ReferralStatus.WAITING, now);
                referralRepository.persist(r);
                made.add(r.id.toString());
            }
            return made;
        });
        referralIds.addAll(ids);
        return ids;
    }

    @Test
    void fiftyParallelConfirmationsAtOneCoachNeverTakeThemPastTheCap() throws Exception {
        UUID coach = coachJoins("Jo", "MALE");
        List<String> people = fiftyWaiting();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return asCoordinator().contentType(ContentType.JSON)
                        .body("{\"volunteerId\":\"" + coach + "\",\"reason\":\"load test\"}")
                        .when().post("/api/v1/referrals/" + person + "/override")
                        .then().extract().statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (Future<Integer> answer : answers) {
            byStatus.merge(answer.get(), 1, Integer::sum);
        }
        pool.shutdown();
        assertEquals(Map.of(200, 2, 409, 48), byStatus, "a new coach takes two people; the rest are told no room");
        assertEquals(48, people.stream().filter(p -> "WAITING".equals(status(p))).count());
        long open = QuarkusTransaction.requiringNew().call(() -> (long) matches.openForCoach(coach).size());
        assertEquals(2, open, "never over the cap");
        long confirmed = QuarkusTransaction.requiringNew().call(() ->
                matches.openForCoach(coach).stream().filter(m -> m.status.name().equals("CONFIRMED")).count());
        assertEquals(2, confirmed);
    }
}
