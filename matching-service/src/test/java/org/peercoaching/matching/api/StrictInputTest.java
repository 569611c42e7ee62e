package org.peercoaching.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Input is read strictly: a value of the wrong JSON type, text that is not plain text, a body that is not JSON
 * and a query value that is not a number are each a 400 problem naming what was wrong; nothing is guessed and
 * nothing is stored.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class StrictInputTest {

    @Inject
    ReferralRepository referrals;

    static String referral() {
        return Fixtures.referral("STRICT-" + UUID.randomUUID(), null);
    }

    static void refusedNaming(String body, String field) {
        asPathway().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors", hasSize(1))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aConsentThatIsTheStringTrueIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"contact\":true", "\"contact\":\"true\""), "consent.contact");
    }

    @Test
    void aConsentThatIsTheNumberOneIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"contact\":true", "\"contact\":1"), "consent.contact");
    }

    @Test
    void aFractionalImdDecileIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"imdDecile\":2", "\"imdDecile\":1.5"), "homeArea.imdDecile");
    }

    @Test
    void aFractionalActivationLevelIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"level\":1", "\"level\":1.5"), "activation.level");
    }

    @Test
    void aNumberInQuotesIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"imdDecile\":2", "\"imdDecile\":\"2\""), "homeArea.imdDecile");
    }

    @Test
    void aBodyThatIsNotJsonIsTheUnreadableBodyProblem() {
        unreadable("this is not json".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTruncatedBodyIsTheUnreadableBodyProblem() {
        String body = referral();
        unreadable(body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyThatIsNotUtf8IsTheUnreadableBodyProblem() {
        byte[] body = referral().replace("Brian", "Br\u00e9an").getBytes(StandardCharsets.ISO_8859_1);
        unreadable(body);
    }

    static void unreadable(byte[] body) {
        asPathway().contentType("application/json").body(body)
                .when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/unreadable-body"))
                .body("status", equalTo(400));
    }

    @Test
    void aNonNumericLimitIsA400NamingTheParameter() {
        asCoordinator().when().get("/api/v1/referrals/" + UUID.randomUUID() + "/candidates?limit=x")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", hasItem("limit"));
        as(Fixtures.ADMIN_TOKEN).when().get("/api/v1/audit?limit=x")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        as(Fixtures.ADMIN_TOKEN).when().get("/api/v1/dead-letters?limit=x")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
    }

    @Test
    void aNonNumericForecastCoachCountIsA400NamingTheParameter() {
        asCoordinator().when().get("/api/v1/forecast?referralsPerMonth=10&coaches=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("coaches"));
    }

    @Test
    void anAddressThatMatchesNothingIsStillNotFound() {
        asCoordinator().when().get("/api/v1/no-such-thing").then().statusCode(404);
        asCoordinator().when().get("/api/v1/referrals/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void tokensAreRefusedHereAsInEveryService() {
        String future = DevTokens.sign("coord-a", DevTokens.COORDINATOR, Map.of(),
                Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(12));
        given().auth().oauth2(future).when().get("/api/v1/forecast?referralsPerMonth=10")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        String noSubject = DevTokens.sign("", DevTokens.COORDINATOR, Map.of());
        given().auth().oauth2(noSubject).when().get("/api/v1/forecast?referralsPerMonth=10")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    /**
     * Signed in with the token as a plain header, for calls that succeed: the contract check does not see
     * RestAssured's {@code auth().oauth2()} when it checks the request against the document's security.
     */
    static io.restassured.specification.RequestSpecification signedIn(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    static void refusedNaming(String body, String field, String message) {
        asPathway().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", equalTo(java.util.List.of(field)))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void aNameWithANulIsRefusedNamingTheFieldAndNothingIsStored() {
        String id = "STRICT-" + UUID.randomUUID();
        String referral = Fixtures.referral(id, null);
        refusedNaming(referral.replace("\"Brian\"", "\"Br\\u0000ian\""), "person.firstName",
                "must not contain control characters (found U+0000 at character 3)");
        refusedNaming(referral.replace("\"Jones\"", "\"Jones\\u009b31m\""), "person.lastName",
                "(found U+009B at character 6)");
        refusedNaming(referral.replace("\"Jones\"", "\"Jones\\nSmith\""), "person.lastName",
                "must be a single line");
        refusedNaming(referral.replace(id, id + "\u202E"), "pathwayReferralId", "(found U+202E");
        // nothing was stored
        assertTrue(QuarkusTransaction.requiringNew()
                .call(() -> referrals.findByPathwayId(Fixtures.PATHWAY, id).isEmpty()));
    }

    @Test
    void aNumberABooleanOrAnObjectForTextIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"Brian\"", "123"), "person.firstName", "must be text");
        refusedNaming(referral().replace("\"Jones\"", "false"), "person.lastName", "must be text");
        refusedNaming(referral().replace("\"07700 900123\"", "{\"mobile\":\"07700 900123\"}"), "person.phone",
                "must be text");
        refusedNaming(referral().replace("\"69896004\"", "69896004"), "conditionCodes[0]", "must be text");
    }

    @Test
    void aDateGivenAsANumberOrAnArrayIsRefusedNamingTheField() {
        refusedNaming(referral().replace("\"2026-11-02\"", "20261102"), "activation.measuredOn",
                "must be a date as text, such as \"2027-01-05\"");
        refusedNaming(referral().replace("\"2026-11-02\"", "[2026,11,2]"), "activation.measuredOn",
                "must be a date as text");
    }

    @Test
    void aRightToLeftOverrideInAReasonIsRefusedNamingTheFieldAndLineBreaksAreKept() {
        Referral waiting = Fixtures.storedReferral("Brian", null, 2, "en", Instant.now(), ReferralStatus.WAITING);
        QuarkusTransaction.requiringNew().run(() -> referrals.persist(waiting));
        String id = waiting.id.toString();
        asPathway().contentType(ContentType.JSON).body("{\"reason\":\"Moved to \u202Enodnol\"}")
                .when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("reason")))
                .body("errors[0].message", containsString("bidirectional"))
                .body("errors[0].message", containsString("(found U+202E at character 10)"));
        signedIn(Fixtures.PATHWAY_TOKEN).when().get("/api/v1/referrals/" + id)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.not(equalTo("WITHDRAWN")));
        // a reason is free text: line breaks are kept
        signedIn(Fixtures.PATHWAY_TOKEN).contentType(ContentType.JSON)
                .body("{\"reason\":\"Moved away.\\nNew GP in Leeds.\"}")
                .when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("reason", equalTo("Moved away.\nNew GP in Leeds."));
    }
}
