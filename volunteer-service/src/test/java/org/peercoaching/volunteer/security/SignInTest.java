package org.peercoaching.volunteer.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SignInTest {

    @Test
    void aRequestWithoutATokenIsAskedToSignIn() {
        given().when().get("/api/v1/audit")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenSignedByAnotherKeyOrExpiredIsRefused() {
        String token = DevTokens.admin("admin-1");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().header("Authorization", "Bearer " + tampered).when().get("/api/v1/audit").then().statusCode(401);
        String expired = DevTokens.sign("admin-1", DevTokens.ADMIN, Map.of(), Duration.ofMinutes(-10));
        given().header("Authorization", "Bearer " + expired).when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void everyRefusedTokenCarriesWwwAuthenticate() {
        String token = DevTokens.admin("admin-1");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        String expired = DevTokens.sign("admin-1", DevTokens.ADMIN, Map.of(), Duration.ofMinutes(-10));
        for (String refused : new String[] {tampered, expired, "not-a-token"}) {
            given().header("Authorization", "Bearer " + refused).when().get("/api/v1/audit")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String tomorrow = DevTokens.sign("admin-1", DevTokens.ADMIN, Map.of(), Instant.now().plus(Duration.ofDays(1)),
                Duration.ofHours(12));
        given().header("Authorization", "Bearer " + tomorrow).when().get("/api/v1/audit")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    @Test
    void aTokenIssuedWithinTheAllowedClockSkewIsAccepted() {
        String slightlyAhead = DevTokens.sign("admin-1", DevTokens.ADMIN, Map.of(),
                Instant.now().plusSeconds(20), Duration.ofHours(12));
        given().header("Authorization", "Bearer " + slightlyAhead).when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void aTokenWithAnEmptySubjectIsRefused() {
        for (String subject : new String[] {"", "   "}) {
            given().header("Authorization", "Bearer " + DevTokens.sign(subject, DevTokens.ADMIN, Map.of()))
                    .when().get("/api/v1/audit")
                    .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
    }

    @Test
    void theWrongRoleIsForbiddenWithAPlainEnglishProblem() {
        given().header("Authorization", "Bearer " + DevTokens.pathway("MSK")).when().get("/api/v1/audit")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("You do not have access to this"));
    }

    @Test
    void anAdminCanReadTheAuditTrail() {
        given().header("Authorization", "Bearer " + DevTokens.admin("admin-1")).when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void healthAndOpenApiNeedNoSignIn() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
