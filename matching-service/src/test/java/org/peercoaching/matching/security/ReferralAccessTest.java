package org.peercoaching.matching.security;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.SecurityProfile;
import org.peercoaching.matching.domain.referral.ReferralRepository;

/**
 * Who owns what in matching (docs/security.md): a referral belongs to its pathway; coordinators share the
 * waiting list but, once a person is matched, only the coordinator of their coach sees them; a match
 * belongs to its coach's coordinator. Not yours is a 404, exactly like an id that does not exist, and
 * every read leaves its row in the audit trail.
 */
@QuarkusTest
@TestProfile(SecurityProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class ReferralAccessTest extends Scenario {

    static final String OTHER_PATHWAY = DevTokens.pathway("pain-management");
    static final String COORD_B = DevTokens.coordinator("coord-b");

    @Inject
    ReferralRepository referrals;

    static RequestSpecification json(String token) {
        return as(token).contentType(ContentType.JSON);
    }

    @Test
    void aPathwayCannotReadFollowOrWithdrawAnotherPathwaysReferral() {
        coachJoins("Aisha", "FEMALE");
        String referral = referWanting("FEMALE");
        as(OTHER_PATHWAY).when().get("/api/v1/referrals/" + referral).then().statusCode(404)
                .contentType("application/problem+json");
        as(OTHER_PATHWAY).when().get("/api/v1/referrals/" + referral + "/history").then().statusCode(404);
        // the access check comes first: a bad body does not tell them the referral exists
        json(OTHER_PATHWAY).body("{}").when().post("/api/v1/referrals/" + referral + "/withdraw").then().statusCode(404);
        json(OTHER_PATHWAY).body("{\"reason\":\"Not ours\"}").when().post("/api/v1/referrals/" + referral + "/withdraw")
                .then().statusCode(404);
        // exactly as for an id no referral has
        as(OTHER_PATHWAY).when().get("/api/v1/referrals/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals("MATCHED", status(referral), "still matched: the other pathway changed nothing");

        // its own pathway follows it: what happened, not which coach or why
        asPathway().when().get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("status", equalTo("MATCHED")).body("coach", nullValue());
        asPathway().when().get("/api/v1/referrals/" + referral + "/history").then().statusCode(200)
                .body("matches[0].status", equalTo("CONFIRMED"))
                .body("matches[0].confirmedAt", org.hamcrest.Matchers.notNullValue())
                .body("matches[0]", not(org.hamcrest.Matchers.hasKey("volunteerId")))
                .body("matches[0]", not(org.hamcrest.Matchers.hasKey("coachFirstName")))
                .body("matches[0]", not(org.hamcrest.Matchers.hasKey("score")));
    }

    @Test
    void aPathwayCannotReferToAnotherPathwayAndNothingIsWritten() {
        String pathwayReferralId = "TEST-" + UUID.randomUUID();
        String body = Fixtures.referral(pathwayReferralId, null);
        json(OTHER_PATHWAY).body(body).when().post("/api/v1/referrals")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", hasItem("pathway"))
                .body("errors[0].message", containsString("pain-management"));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                referrals.findByPathwayId(Fixtures.PATHWAY, pathwayReferralId).isEmpty()), "nothing stored");
        // other roles may not refer at all
        json(Fixtures.COORDINATOR_TOKEN).body(body).when().post("/api/v1/referrals").then().statusCode(403);
        json(Fixtures.ADMIN_TOKEN).body(body).when().post("/api/v1/referrals").then().statusCode(403);
        // so the first time the right pathway sends it, it is new
        refer(body);
    }

    @Test
    void aMatchedPersonIsSeenOnlyByTheCoordinatorOfTheirCoachAndAWaitingOneByEveryCoordinator() {
        UUID coachA = coachJoins("Aisha", "FEMALE", "coord-a");
        String matched = referWanting("FEMALE");
        String matchId = (String) openMatch(matched).get("id");

        asCoordinator().when().get("/api/v1/referrals/" + matched).then().statusCode(200)
                .body("status", equalTo("MATCHED")).body("coach.firstName", equalTo("Aisha"));
        as(COORD_B).when().get("/api/v1/referrals/" + matched).then().statusCode(404);
        as(COORD_B).when().get("/api/v1/referrals/" + matched + "/history").then().statusCode(404);
        as(COORD_B).when().get("/api/v1/referrals/" + matched + "/candidates").then().statusCode(404);
        json(COORD_B).body("{\"reason\":\"Wants mornings\"}").when().post("/api/v1/referrals/" + matched + "/rematch")
                .then().statusCode(404);
        json(COORD_B).body("{\"reason\":\"x\"}").when().post("/api/v1/referrals/" + matched + "/withdraw")
                .then().statusCode(404);
        as(COORD_B).when().get("/api/v1/matches/" + matchId).then().statusCode(404);
        as(COORD_B).when().post("/api/v1/matches/" + matchId + "/confirm").then().statusCode(404);
        json(COORD_B).body("{\"reason\":\"x\"}").when().post("/api/v1/matches/" + matchId + "/decline")
                .then().statusCode(404);
        as(COORD_B).queryParam("status", "CONFIRMED").when().get("/api/v1/matches").then().statusCode(200)
                .body("id", not(hasItem(matchId)));
        asCoordinator().queryParam("status", "CONFIRMED").when().get("/api/v1/matches").then().statusCode(200)
                .body("id", hasItem(matchId));

        // nobody fits a man yet: he is on the shared waiting list, which every coordinator sees
        String waiting = referWanting("MALE");
        as(COORD_B).when().get("/api/v1/referrals/" + waiting).then().statusCode(200).body("status", equalTo("WAITING"));
        asCoordinator().when().get("/api/v1/referrals/" + waiting).then().statusCode(200);
        // ... but coord-b may match him only to their own coaches: coach A is a 404 to them
        json(COORD_B).body("{\"volunteerId\":\"" + coachA + "\",\"reason\":\"Same hospital\"}")
                .when().post("/api/v1/referrals/" + waiting + "/override")
                .then().statusCode(404).body("detail", containsString("Coach"));
        as(COORD_B).when().get("/api/v1/referrals/" + waiting + "/candidates").then().statusCode(200)
                .body("volunteerId", not(hasItem(coachA.toString())));

        // a coach of coord-b's who fits him joins: once matched, he is coord-b's, and no longer coord-a's to see
        coachJoins("Kim", "MALE", "coord-b");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(waiting)));
        as(COORD_B).when().get("/api/v1/referrals/" + waiting).then().statusCode(200)
                .body("coach.firstName", equalTo("Kim"));
        asCoordinator().when().get("/api/v1/referrals/" + waiting).then().statusCode(404);
    }

    @Test
    void theCoordinatorOfTheirCoachSeesWhoToPhoneAndWhatTheyLiveWithButAPathwayAndAWaitingReferralShowNoSuchDetail() {
        coachJoins("Aisha", "FEMALE", "coord-a");
        String matched = referWanting("FEMALE");
        openMatch(matched);
        asCoordinator().when().get("/api/v1/referrals/" + matched).then().statusCode(200)
                .body("person.firstName", equalTo("Brian")).body("person.lastName", equalTo("Jones"))
                .body("person.phone", equalTo("07700 900123"))
                .body("person.conditions[0].code", equalTo("69896004"))
                .body("person.conditions[0].name", equalTo("Rheumatoid arthritis"));
        asPathway().when().get("/api/v1/referrals/" + matched).then().statusCode(200).body("person", nullValue());
        // a waiting referral is on the shared list: every coordinator sees it, so it carries no name or phone
        String waiting = referWanting("MALE");
        as(COORD_B).when().get("/api/v1/referrals/" + waiting).then().statusCode(200).body("person", nullValue());
    }

    @Test
    void aCoachGivenToAnotherCoordinatorTakesTheirPeopleWithThem() {
        UUID coach = coachJoins("Aisha", "FEMALE", "coord-a");
        String matched = referWanting("FEMALE");
        asCoordinator().when().get("/api/v1/referrals/" + matched).then().statusCode(200);
        volunteerEvent("volunteer.updated.v1", coach, "Aisha", "FEMALE", "ACTIVE", "coord-b");
        as(COORD_B).when().get("/api/v1/referrals/" + matched).then().statusCode(200)
                .body("coach.firstName", equalTo("Aisha"));
        asCoordinator().when().get("/api/v1/referrals/" + matched).then().statusCode(404);
        // given back, so the clean-up finds the coach as it left it
        volunteerEvent("volunteer.updated.v1", coach, "Aisha", "FEMALE", "ACTIVE", "coord-a");
    }

    @Test
    void everyReadOfAReferralLeavesOneAuditRowAndRefusedReadsAreRecordedToo() {
        String referral = referWanting("FEMALE");
        int reads = 5;
        for (int i = 0; i < reads; i++) {
            asPathway().when().get("/api/v1/referrals/" + referral).then().statusCode(200);
        }
        as(OTHER_PATHWAY).when().get("/api/v1/referrals/" + referral).then().statusCode(404);

        List<Map<String, Object>> rows = as(Fixtures.ADMIN_TOKEN).queryParam("subjectType", "referral")
                .queryParam("subjectId", referral).queryParam("limit", 1000)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> allowedReads = rows.stream()
                .filter(r -> "GET /api/v1/referrals/{id}".equals(r.get("action")) && "allowed".equals(r.get("outcome")))
                .toList();
        assertEquals(reads, allowedReads.size(), "one row per read");
        allowedReads.forEach(r -> {
            assertEquals("pathway-rheumatology", r.get("actor"));
            assertEquals("pathway", r.get("actorRole"));
        });
        List<Map<String, Object>> refused = rows.stream().filter(r -> "refused 404".equals(r.get("outcome"))).toList();
        assertEquals(1, refused.size());
        assertEquals("pathway-pain-management", refused.get(0).get("actor"));
        assertEquals(1, rows.stream().filter(r -> "POST /api/v1/referrals".equals(r.get("action"))).count(),
                "the referral's arrival");
        assertEquals(reads + 2, rows.size(), "nothing else");
    }

    @Test
    void readsAndChangesOfAMatchAreAudited() {
        coachJoins("Aisha", "FEMALE");
        String referral = referWanting("FEMALE");
        String matchId = (String) openMatch(referral).get("id");
        asCoordinator().when().get("/api/v1/matches/" + matchId).then().statusCode(200);
        as(COORD_B).when().get("/api/v1/matches/" + matchId).then().statusCode(404);
        List<String> outcomes = as(Fixtures.ADMIN_TOKEN).queryParam("subjectType", "match")
                .queryParam("subjectId", matchId).when().get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("outcome");
        assertEquals(List.of("refused 404", "allowed"), outcomes, "newest first");
    }
}
