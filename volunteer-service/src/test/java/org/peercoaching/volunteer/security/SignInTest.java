package org.peercoaching.volunteer.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
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
        given().auth().oauth2(tampered).when().get("/api/v1/audit").then().statusCode(401);
        String expired = DevTokens.sign("admin-1", DevTokens.ADMIN, Map.of(), Duration.ofMinutes(-10));
        given().auth().oauth2(expired).when().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void theWrongRoleIsForbiddenWithAPlainEnglishProblem() {
        given().auth().oauth2(DevTokens.pathway("MSK")).when().get("/api/v1/audit")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("You do not have access to this"));
    }

    @Test
    void anAdminCanReadTheAuditTrail() {
        given().auth().oauth2(DevTokens.admin("admin-1")).when().get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void healthAndOpenApiNeedNoSignIn() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
