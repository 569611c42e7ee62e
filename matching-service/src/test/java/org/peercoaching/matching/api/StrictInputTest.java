package org.peercoaching.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
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

/**
 * Input is read strictly: a value of the wrong JSON type, a body that is not JSON and a query value that is not
 * a number are each a 400 problem naming what was wrong; nothing is guessed and nothing is stored.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class StrictInputTest {

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
}
