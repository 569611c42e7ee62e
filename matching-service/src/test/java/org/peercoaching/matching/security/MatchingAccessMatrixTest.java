package org.peercoaching.matching.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.ADMIN;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.ANONYMOUS;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.COORDINATOR;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_COORDINATOR;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_PATHWAY;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.OTHER_VOLUNTEER;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.PATHWAY;
import static org.peercoaching.devidentity.AccessMatrix.CallerKind.VOLUNTEER;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.AccessMatrix;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.SecurityProfile;

/**
 * Every operation in matching-service's OpenAPI document, called by every kind of caller. Coach A is looked
 * after by coord-a (COORDINATOR) and signs in as VOLUNTEER; coach B by coord-b (OTHER_COORDINATOR) and signs
 * in as OTHER_VOLUNTEER. The referrals are rheumatology's (PATHWAY); pain-management is OTHER_PATHWAY. One
 * referral is matched with coach A, one more fills A's caseload, and one waits on the shared waiting list.
 * Volunteers have nothing in matching; admins only the audit trail, dead letters and pathway notifications.
 */
@QuarkusTest
@TestProfile(SecurityProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class MatchingAccessMatrixTest extends Scenario {

    @TestHTTPResource("/")
    URL url;

    @Test
    void everyOperationAnswersOnlyTheCallersThePolicyAllows() {
        UUID coachA = coachJoins("Aisha", "FEMALE", "coord-a");
        String matched = referWanting("FEMALE");
        String toWithdraw = referWanting("FEMALE");
        UUID coachB = coachJoins("Bea", "FEMALE", "coord-b");
        String waiting = referWanting("MALE");
        assertEquals(List.of("MATCHED", "MATCHED", "WAITING"), List.of(status(matched), status(toWithdraw),
                status(waiting)), "coach A has both women, nobody fits the man");
        assertEquals(coachA.toString(), openMatch(matched).get("volunteerId"));
        String matchOfA = (String) openMatch(matched).get("id");
        String submitted = Fixtures.referral("MATRIX-" + UUID.randomUUID(), null);
        String fhirMessage = fhirExample("MATRIX-FHIR-" + UUID.randomUUID());
        String revoke = "{\"resourceType\":\"ServiceRequest\",\"id\":\"" + toWithdraw + "\",\"status\":\"revoked\","
                + "\"intent\":\"order\",\"subject\":{\"display\":\"Brian J.\"},"
                + "\"note\":[{\"text\":\"The person moved out of the area\"}]}";

        String openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();

        AccessMatrix.Report report = AccessMatrix.against(url.toString())
                .token(COORDINATOR, DevTokens.coordinator("coord-a"))
                .token(OTHER_COORDINATOR, DevTokens.coordinator("coord-b"))
                .token(VOLUNTEER, DevTokens.volunteer(coachA))
                .token(OTHER_VOLUNTEER, DevTokens.volunteer(coachB))
                .token(PATHWAY, DevTokens.pathway(Fixtures.PATHWAY))
                .token(OTHER_PATHWAY, DevTokens.pathway("pain-management"))
                .token(ADMIN, DevTokens.admin("admin-1"))
                .param("id", matched)
                // intake: a pathway system, to its own pathway only (another pathway's token is a 403)
                .operation("POST /api/v1/referrals", PATHWAY).body(submitted)
                // one referral: its pathway, and the coordinator of the coach it is matched with
                .operation("GET /api/v1/referrals/{id}", PATHWAY, COORDINATOR)
                .operation("GET /api/v1/referrals/{id}/history", PATHWAY, COORDINATOR)
                .operation("POST /api/v1/referrals/{id}/withdraw", PATHWAY, COORDINATOR).param("id", toWithdraw)
                        .body("{\"reason\": \"The person moved out of the area\"}")
                // choosing coaches: coordinators, for their own coaches only
                .operation("GET /api/v1/referrals/{id}/candidates", COORDINATOR)
                .operation("POST /api/v1/referrals/{id}/rematch", COORDINATOR)
                        .body("{\"reason\": \"Person asked for a coach who calls in the mornings\"}")
                // the waiting person is on the shared list, but coach A is coord-a's: coord-b gets a 404 on the coach;
                // an administrator may choose a coach on a safeguarding hold (coach A is not: 409; once coord-a has
                // matched the person, a 404 as the person no longer waits)
                .operation("POST /api/v1/referrals/{id}/override", COORDINATOR, ADMIN).param("id", waiting)
                        .body("{\"volunteerId\": \"" + coachA + "\", \"reason\": \"Both speak Sylheti\"}")
                        .notFoundIsAnAnswer()
                // the shared waiting list: every coordinator, nobody else
                .operation("GET /api/v1/waiting-list", COORDINATOR, OTHER_COORDINATOR)
                // matches: the coordinator of the match's coach; every coordinator has a (filtered) list
                .operation("GET /api/v1/matches", COORDINATOR, OTHER_COORDINATOR).query("status=CONFIRMED")
                .operation("GET /api/v1/matches/{id}", COORDINATOR).param("id", matchOfA)
                .operation("POST /api/v1/matches/{id}/confirm", COORDINATOR).param("id", matchOfA)
                .operation("POST /api/v1/matches/{id}/decline", COORDINATOR).param("id", matchOfA)
                        .body("{\"reason\": \"Coach lives on the same street\"}")
                // ids and delivery state only: coordinators follow failures up, admins too
                .operation("GET /api/v1/pathway-notifications", COORDINATOR, OTHER_COORDINATOR, ADMIN)
                // the capacity forecast: figures only, no one's record
                .operation("GET /api/v1/forecast", COORDINATOR, OTHER_COORDINATOR, ADMIN).query("referralsPerMonth=10")
                // the matching report: programme-wide counts, no one's record
                .operation("GET /api/v1/reports/matching", COORDINATOR, OTHER_COORDINATOR, ADMIN)
                        .query("from=2026-01&to=2026-12")
                // FHIR R4: the CapabilityStatement is public; the rest as the JSON API (a pathway, its own referrals)
                .operation("GET /fhir/r4/metadata", ANONYMOUS, COORDINATOR, OTHER_COORDINATOR, VOLUNTEER,
                        OTHER_VOLUNTEER, PATHWAY, OTHER_PATHWAY, ADMIN)
                .operation("POST /fhir/r4/$process-message", PATHWAY).body("application/fhir+json", fhirMessage)
                .operation("GET /fhir/r4/ServiceRequest/{id}", PATHWAY)
                .operation("PUT /fhir/r4/ServiceRequest/{id}", PATHWAY).param("id", toWithdraw)
                        .body("application/fhir+json", revoke)
                // a search: another pathway may search, and finds nothing (an empty searchset, as for an unknown id)
                .operation("GET /fhir/r4/Task", PATHWAY, OTHER_PATHWAY).query("focus=ServiceRequest/" + matched)
                // the kit's operator endpoints
                .operation("GET /api/v1/audit", ADMIN)
                .operation("GET /api/v1/clock", ADMIN)
                .operation("GET /api/v1/clock/events", ADMIN)
                .operation("POST /api/v1/clock/advance", ADMIN).body("{\"by\": \"P1D\"}")
                .operation("GET /api/v1/dead-letters", ADMIN)
                .operation("POST /api/v1/dead-letters/{partition}/{offset}/replay", ADMIN).param("partition", "0")
                        .param("offset", "0").notFoundIsAnAnswer()
                .check(openApi);

        // the referral the pathway sent is cleared away with the others
        referralIds.add(asPathway().contentType(ContentType.JSON).body(submitted).when().post("/api/v1/referrals")
                .then().statusCode(200).extract().path("id"));
        referralIds.add(asPathway().urlEncodingEnabled(false).contentType("application/fhir+json").body(fhirMessage)
                .when().post("/fhir/r4/$process-message").then().statusCode(200).extract().path("entry[1].resource.id"));
        assertTrue(report.passed(), report.describe());
        assertEquals(0, report.unexpected2xx(), report.describe());
    }

    /** The eligible example message of docs/examples/fhir, under a referral id of its own. */
    static String fhirExample(String pathwayReferralId) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("../docs/examples/fhir/referral-eligible.json"))
                    .replace("RHEUM-2026-000123", pathwayReferralId);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
