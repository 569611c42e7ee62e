package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.ManualConfirmProfile;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * What the coordinator's web page reads from matching (auto-confirm off, so proposals wait): the shared waiting
 * list, and proposals and candidates with the person's details and the reasons in plain English.
 */
@QuarkusTest
@TestProfile(ManualConfirmProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class CoordinatorPagesTest extends Scenario {

    static final List<String> BRIAN_AND_MARIA = List.of(
            "Same condition: rheumatoid arthritis",
            "Similar area: IMD deciles 2 and 3",
            "Both speak English",
            "1 shared evening call window: Tuesday 18:00-19:00");

    @Inject
    ReferralRepository referralRepository;

    /** Stored directly, as if they had joined the waiting list {@code waitedFor} ago. */
    String storedWaiting(String firstName, String genderPreference, String language, Duration waitedFor,
            boolean rematch) {
        Instant since = Instant.now().minus(waitedFor);
        String id = QuarkusTransaction.requiringNew().call(() -> {
            Referral r = Fixtures.storedReferral(firstName, genderPreference, 4, language,
                    since.minus(rematch ? Duration.ofDays(60) : Duration.ZERO), ReferralStatus.WAITING);
            r.waitingSince = since;
            r.rematchOf = rematch ? UUID.randomUUID() : null;
            referralRepository.persist(r);
            return r.id.toString();
        });
        referralIds.add(id);
        return id;
    }

    static JsonPath waitingList() {
        return asCoordinator().when().get("/api/v1/waiting-list").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void waitingListShowsPeopleWithNoProposalOldestFirst() {
        coachJoins("Maria", "FEMALE");
        String proposed1 = referWanting("FEMALE");
        String proposed2 = referWanting("FEMALE");
        String wantsAMan = referWanting("MALE");
        String noRoom = referWanting("FEMALE");
        assertEquals(List.of("PROPOSED", "PROPOSED", "WAITING", "WAITING"),
                List.of(status(proposed1), status(proposed2), status(wantsAMan), status(noRoom)),
                "Maria's two proposals hold her room");
        String longest = storedWaiting("Olga", "NON_BINARY", "pl", Duration.ofDays(12).plusHours(3), false);
        String rematch = storedWaiting("Rhys", "NON_BINARY", "cy", Duration.ofDays(2), true);

        JsonPath list = waitingList();
        assertEquals(List.of(rematch, longest, wantsAMan, noRoom), list.getList("referralId"),
                "no one with a proposal; re-matches first, then the longest waiting");
        assertEquals(List.of(1, 2, 3, 4), list.getList("position", Integer.class));
        assertEquals(List.of(true, false, false, false), list.getList("rematch", Boolean.class));
        assertEquals(List.of(londonDaysSince(Instant.now().minus(Duration.ofDays(2))),
                londonDaysSince(Instant.now().minus(Duration.ofDays(12).plusHours(3))), 0, 0),
                list.getList("daysWaiting", Integer.class), "London days; a re-match counts from re-joining the list");
        assertEquals(List.of("Rhys", "Olga", "Brian", "Brian"), list.getList("firstName"));
        for (String id : List.of(rematch, longest, wantsAMan, noRoom)) {
            assertEquals((long) list.getList("referralId").indexOf(id) + 1,
                    pathwayView(id).getLong("waitingPosition"), "the same position the referral itself shows");
        }

        Map<String, Object> olga = list.getMap("[1]");
        assertEquals("rheumatology", olga.get("pathway"));
        assertEquals(List.of(Map.of("code", "69896004", "name", "Rheumatoid arthritis")), olga.get("conditions"));
        assertEquals(4, olga.get("imdDecile"));
        assertEquals("pl", olga.get("language"));
        assertEquals("Polish", olga.get("languageName"));
        assertTrue(Instant.parse((String) olga.get("waitingSince")).isBefore(Instant.now().minus(Duration.ofDays(12))));
        assertFalse(olga.containsKey("lastName") || olga.containsKey("phone"), "first name only");

        assertEquals(List.of(true, true, true, false), list.getList("noCoachFits", Boolean.class),
                "Maria fits the last one, but has no room");
        assertEquals("No active coach meets their coach gender preference (MALE)",
                list.getString("[2].noCoachFitsReason"));
        assertNull(list.get("[3].noCoachFitsReason"));
    }

    /** Whole calendar days in London from then to today, as a coordinator counts days waited. */
    static int londonDaysSince(Instant then) {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        return (int) ChronoUnit.DAYS.between(java.time.LocalDate.ofInstant(then, london),
                java.time.LocalDate.now(london));
    }

    @Test
    void daysWaitedCountFromTheReferralInLondonDaysEvenAfterADeclinedProposalAndEachPersonCanBeToldApart() {
        Instant received = Instant.now().minus(Duration.ofDays(9)).minus(Duration.ofHours(20));
        String declinedOnce = QuarkusTransaction.requiringNew().call(() -> {
            Referral r = Fixtures.storedReferral("Brian", "NON_BINARY", 3, "ur", received, ReferralStatus.WAITING);
            r.lastName = "jones-Smith";
            r.waitingSince = Instant.now(); // a declined proposal puts them back on the list now
            referralRepository.persist(r);
            return r.id.toString();
        });
        referralIds.add(declinedOnce);
        JsonPath list = waitingList();
        int i = list.getList("referralId").indexOf(declinedOnce);
        Map<String, Object> brian = list.getMap("[" + i + "]");
        assertEquals(londonDaysSince(received), brian.get("daysWaiting"),
                "days since the referral was received, not since the proposal was declined: " + brian);
        assertTrue(Duration.between(received, Instant.parse((String) brian.get("receivedAt"))).abs()
                .compareTo(Duration.ofMillis(1)) < 0, "when the referral was received (as stored): " + brian);
        assertEquals("J", brian.get("lastNameInitial"), "the surname's initial tells four Brians apart");
        assertFalse(brian.containsKey("lastName") || brian.containsKey("phone"), "never the surname itself");
    }

    @Test
    void proposalsAndCandidatesSayWhyInPlainEnglishWithThePersonsDetails() {
        String brian = QuarkusTransaction.requiringNew().call(() -> {
            Referral r = Fixtures.storedReferral("Brian", "FEMALE", 2, "en",
                    Instant.now().minus(12, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS), ReferralStatus.WAITING);
            referralRepository.persist(r);
            return r.id.toString();
        });
        referralIds.add(brian);
        coachJoins("Maria", "FEMALE");
        await().atMost(PATIENCE).until(() -> "PROPOSED".equals(status(brian)));

        JsonPath queue = asCoordinator().when().get("/api/v1/matches").then().statusCode(200).extract().jsonPath();
        int i = queue.getList("referralId").indexOf(brian);
        assertTrue(i >= 0, "Brian's proposal is in coord-a's review queue");
        Map<String, Object> proposal = queue.getMap("[" + i + "]");
        assertEquals("Brian", proposal.get("personFirstName"));
        assertEquals("J", proposal.get("personLastNameInitial"), "Jones: to tell four Brians apart");
        assertEquals("rheumatology", proposal.get("pathway"));
        assertEquals(2, proposal.get("imdDecile"));
        assertEquals(londonDaysSince(Instant.now().minus(12, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)),
                proposal.get("daysWaiting"), "Brian, rheumatology, waiting 12 days (London days)");
        assertEquals(BRIAN_AND_MARIA, proposal.get("reasons"));
        // the fields that were there before are all still there
        assertEquals("Maria", proposal.get("coachFirstName"));
        assertEquals("PROPOSED", proposal.get("status"));
        assertEquals(1.0f, queue.getFloat("[" + i + "].score.condition"));

        String matchId = (String) proposal.get("id");
        JsonPath one = asCoordinator().when().get("/api/v1/matches/" + matchId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(BRIAN_AND_MARIA, one.getList("reasons"));
        assertEquals(BRIAN_AND_MARIA, history(brian).getList("matches[0].reasons"));

        JsonPath candidates = asCoordinator().when().get("/api/v1/referrals/" + brian + "/candidates").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("Maria"), candidates.getList("firstName"), "one place left beside the proposal");
        assertEquals(BRIAN_AND_MARIA, candidates.getList("[0].reasons"));

        // a pathway still sees what happened, never who or why
        Map<String, Object> seenByPathway = asPathway().when().get("/api/v1/referrals/" + brian + "/history").then()
                .statusCode(200).extract().jsonPath().getMap("matches[0]");
        for (String hidden : List.of("reasons", "personFirstName", "personLastNameInitial", "imdDecile", "daysWaiting",
                "coachFirstName", "score")) {
            assertFalse(seenByPathway.containsKey(hidden), hidden + " is for coordinators only");
        }

        // once confirmed, the days waited are no longer counting
        asCoordinator().when().post("/api/v1/matches/" + matchId + "/confirm").then().statusCode(200);
        JsonPath confirmed = asCoordinator().when().get("/api/v1/matches/" + matchId).then().statusCode(200)
                .extract().jsonPath();
        assertNull(confirmed.get("daysWaiting"));
        assertEquals(BRIAN_AND_MARIA, confirmed.getList("reasons"));
    }

    @Test
    void theWaitingListIsForCoordinatorsOnly() {
        RestAssured.given().when().get("/api/v1/waiting-list").then().statusCode(401);
        asPathway().when().get("/api/v1/waiting-list").then().statusCode(403);
        as(Fixtures.ADMIN_TOKEN).when().get("/api/v1/waiting-list").then().statusCode(403);
        as(DevTokens.volunteer(UUID.randomUUID())).when().get("/api/v1/waiting-list").then().statusCode(403);
        as(DevTokens.coordinator("coord-b")).when().get("/api/v1/waiting-list").then().statusCode(200);
    }
}
