package org.peercoaching.schedule.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;

/** A query value that is not of its type is a 400 naming the parameter; tokens are refused as in every service. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class StrictInputTest {

    @Test
    void aReferralIdThatIsNotAnIdIsA400NamingTheParameter() {
        Fixtures.as(Fixtures.COORDINATOR).when().get("/api/v1/plans?referralId=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", hasItem("referralId"));
    }

    @Test
    void aNonNumericLimitIsA400NamingTheParameter() {
        Fixtures.as(Fixtures.ADMIN).when().get("/api/v1/audit?limit=x")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void tokensAreRefusedHereAsInEveryService() {
        String future = DevTokens.sign("coord-a", DevTokens.COORDINATOR, Map.of(),
                Instant.now().plus(Duration.ofDays(1)), Duration.ofHours(12));
        Fixtures.as(future).when().get("/api/v1/plans?referralId=" + java.util.UUID.randomUUID())
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        String noSubject = DevTokens.sign("", DevTokens.COORDINATOR, Map.of());
        Fixtures.as(noSubject).when().get("/api/v1/plans?referralId=" + java.util.UUID.randomUUID())
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        given().when().get("/api/v1/plans").then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }
}
