package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.domain.coach.Coach;

/**
 * A coach on a safeguarding hold (volunteer.*.v2 says so, or their DBS renewal date has come) gets no new people:
 * not proposed, not a candidate, not chosen by a coordinator; an administrator may choose them with a
 * safeguarding reason, recorded and audited. The hold lifting gives them people again.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class SafeguardingHoldTest extends Scenario {

    static final String ON_HOLD = "The only coaches who fit them are on hold (DBS check expired or supervision overdue)";

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    void publishV2(String type, UUID id, String name, LocalDate dbsRenewalDue, String holdsJson) {
        TopicReader.send(bootstrap, volunteersTopic, id.toString(),
                Fixtures.volunteerEventV2(type, id, name, "ACTIVE", dbsRenewalDue, holdsJson));
    }

    UUID coachOnDbsHold(String name) {
        UUID id = coachJoins(name, "FEMALE");
        LocalDate expired = today().minusDays(3);
        publishV2("volunteer.updated.v2", id, name, expired,
                "[{\"reason\":\"DBS_EXPIRED\",\"since\":\"" + expired + "\"}]");
        await().atMost(PATIENCE).until(() -> expired.equals(coach(id).dbsHoldSince));
        return id;
    }

    Map<String, Object> onWaitingList(String referralId) {
        List<Map<String, Object>> people = Fixtures.asCoordinator().when().get("/api/v1/waiting-list").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return people.stream().filter(p -> referralId.equals(p.get("referralId"))).findFirst().orElse(null);
    }

    @Test
    void aPersonWhoseOnlyFittingCoachIsOnHoldWaitsSayingSoAndIsMatchedWhenTheHoldLifts() {
        UUID coach = coachOnDbsHold("Grace");
        String person = referWanting("FEMALE");
        assertEquals("WAITING", status(person));
        Map<String, Object> entry = onWaitingList(person);
        assertNotNull(entry);
        assertEquals(true, entry.get("noCoachFits"));
        assertEquals(ON_HOLD, entry.get("noCoachFitsReason"));
        List<Object> candidates = Fixtures.asCoordinator().when().get("/api/v1/referrals/" + person + "/candidates")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of(), candidates, "a coach on hold is not a candidate");

        // a v1 copy of a later change knows nothing of holds and leaves the hold as it was
        volunteerEvent("volunteer.updated.v1", coach, "Grace", "FEMALE", "ACTIVE");
        assertEquals("WAITING", status(person));

        publishV2("volunteer.updated.v2", coach, "Grace", today().plusYears(3), "[]");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(person)));
        assertEquals(coach.toString(), referralView(person).getString("coach.volunteerId"));
    }

    @Test
    void aDbsRenewalDateThatHasComeHoldsTheCoachBeforeVolunteerServiceSaysSo() {
        UUID coach = coachJoins("Hana", "FEMALE");
        publishV2("volunteer.updated.v2", coach, "Hana", today(), "[]");
        await().atMost(PATIENCE).until(() -> today().equals(coach(coach).dbsRenewalDue));
        String person = referWanting("FEMALE");
        assertEquals("WAITING", status(person));
        assertEquals(ON_HOLD, onWaitingList(person).get("noCoachFitsReason"));
    }

    @Test
    void onlyAnAdministratorWithASafeguardingReasonCanGiveACoachOnHoldANewPersonAndItIsRecordedAndAudited() {
        UUID coach = coachOnDbsHold("Ines");
        String person = referWanting("FEMALE");
        String url = "/api/v1/referrals/" + person + "/override";
        String expired = today().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));

        Fixtures.asCoordinator().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", coach.toString(), "reason", "They met at the clinic",
                        "safeguardingReason", "I say so"))
                .when().post(url).then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("coach-on-hold"))
                .body("detail", equalTo("Ines is on hold: DBS check expired on " + expired + "."
                        + " Only an administrator can give them a new person, with a safeguarding reason."));
        Fixtures.as(Fixtures.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", coach.toString(), "reason", "They met at the clinic"))
                .when().post(url).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("safeguardingReason"));
        assertEquals("WAITING", status(person));

        Fixtures.as(Fixtures.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", coach.toString(), "reason", "They met at the clinic",
                        "safeguardingReason", "New certificate seen by the safeguarding lead"))
                .when().post(url).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertEquals("MATCHED", status(person));
        List<Map<String, Object>> actions = history(person).getList("actions");
        Map<String, Object> action = actions.stream().filter(a -> "OVERRIDE_HOLD".equals(a.get("action")))
                .findFirst().orElseThrow(() -> new AssertionError("no OVERRIDE_HOLD in " + actions));
        assertEquals("admin-1", action.get("by"));
        assertTrue(((String) action.get("reason")).contains("New certificate seen by the safeguarding lead"),
                action.toString());

        List<Map<String, Object>> audit = Fixtures.as(Fixtures.ADMIN_TOKEN).queryParam("subjectType", "referral")
                .queryParam("subjectId", person).queryParam("actor", "admin-1")
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("allowed", "refused 422"), audit.stream().map(r -> r.get("outcome")).toList(),
                "both of the administrator's attempts, newest first");
    }

    @Test
    void aProposalWaitingForConfirmationGoesBackToTheWaitingListWhenTheCoachGoesOnHold() {
        // auto-confirm is on in this profile, so a proposal is confirmed at once: a confirmed person stays
        UUID coach = coachJoins("Jo", "FEMALE");
        String person = referWanting("FEMALE");
        await().atMost(PATIENCE).until(() -> "MATCHED".equals(status(person)));
        LocalDate expired = today().minusDays(1);
        publishV2("volunteer.updated.v2", coach, "Jo", expired,
                "[{\"reason\":\"DBS_EXPIRED\",\"since\":\"" + expired + "\"}]");
        await().atMost(PATIENCE).until(() -> {
            Coach c = coach(coach);
            return expired.equals(c.dbsHoldSince);
        });
        assertEquals("MATCHED", status(person), "the people a coach already has continue");
    }
}
