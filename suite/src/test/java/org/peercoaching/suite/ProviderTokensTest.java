package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #21: the services, packaged and in the prod profile on PostgreSQL, verify tokens from a real OpenID Connect
 * provider (Keycloak, started from its distribution) by its issuer and JWKS alone, with the audience checked. A
 * pathway system gets a token by the client-credentials grant and refers; tokens from another realm, expired ones and
 * ones for another audience are refused; a rotated signing key is picked up without a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderTokensTest {

    static final String REALM = "peer-coaching";
    static final String OTHER_REALM = "another-trust";
    static final ObjectMapper JSON = new ObjectMapper();

    static Keycloak keycloak;
    static PostgresSuite production;

    @BeforeAll
    static void startKeycloakAndTheServicesTrustingIt() throws Exception {
        java.nio.file.Path logs = PostgresSuite.repoRoot().resolve("suite/target/provider-logs");
        keycloak = Keycloak.start(logs, "peer-coaching-realm.json", "another-trust-realm.json");
        // the prod profile given only the provider's issuer, its keys, where the roles are and (for the pages) their
        // client's id and secret
        production = PostgresSuite.start("provider-logs", null, Map.of(
                "JWT_ISSUER", keycloak.issuer(REALM),
                "JWT_PUBLIC_KEY_LOCATION", keycloak.jwks(REALM),
                "JWT_ROLES_CLAIM_PATH", "realm_access/roles",
                // the short-lived client's tokens live 2 s; the default 60 s of clock skew would make the test wait
                "mp.jwt.verify.clock.skew", "1"),
                Map.of(Suite.WEB, Map.of("OIDC_CLIENT_ID", "peer-coaching-web",
                        "OIDC_CLIENT_SECRET", "web-secret-for-tests-only")), true);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (production != null) {
            production.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    static String matching() {
        return production.url("matching-service");
    }

    static int refer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(EndToEndTest.briansReferral("KC-" + UUID.randomUUID()))
                .when().post(matching() + "/api/v1/referrals").then().extract().statusCode();
    }

    static JsonNode part(String token, int index) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void aPathwaySystemGetsATokenByClientCredentialsAndRefers() throws Exception {
        String token = keycloak.clientToken(REALM, "rheumatology-system", "rheumatology-secret");
        JsonNode claims = part(token, 1);
        assertEquals(keycloak.issuer(REALM), claims.path("iss").asText(), claims.toString());
        assertEquals(201, refer(token), "referred with the provider's token; claims: " + claims);
    }

    @Test
    @Order(2)
    void aRotatedSigningKeyIsPickedUpWithoutARestart() throws Exception {
        String before = keycloak.clientToken(REALM, "rheumatology-system", "rheumatology-secret");
        assertEquals(201, refer(before));
        keycloak.rotateSigningKey(REALM);
        String after = keycloak.clientToken(REALM, "rheumatology-system", "rheumatology-secret");
        assertNotEquals(part(before, 0).path("kid").asText(), part(after, 0).path("kid").asText(),
                "the realm now signs with the new key");
        assertEquals(201, refer(after), "the services fetched the provider's keys again when they met the new key id");
    }

    @Test
    @Order(3)
    void aTokenFromAnotherRealmIsRefused() {
        String foreign = keycloak.clientToken(OTHER_REALM, "rheumatology-system", "rheumatology-secret");
        given().auth().oauth2(foreign).contentType(ContentType.JSON)
                .body(EndToEndTest.briansReferral("KC-" + UUID.randomUUID()))
                .when().post(matching() + "/api/v1/referrals")
                .then().statusCode(401).contentType(containsString("application/problem+json"))
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    @Order(4)
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String token = keycloak.clientToken(REALM, "unknown-audience-system", "unknown-audience-secret");
        assertEquals(false, part(token, 1).path("aud").toString().contains("peer-coaching-api"), "no audience mapper");
        assertEquals(401, refer(token));
    }

    @Test
    @Order(6)
    void theProductionPagesNeverTrustTheDevSignIn() {
        String web = production.url(Suite.WEB);
        // the dev sign-in form is not there: asking for it starts the provider's sign-in
        given().redirects().follow(false).formParam("role", "coordinator").formParam("name", "j.okafor")
                .when().post(web + "/sign-in")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(keycloak.issuer(REALM)))
                .header("Set-Cookie", org.hamcrest.Matchers.not(containsString("pc_session")));
        // a session cookie signed with the dev key gets no page either
        given().redirects().follow(false).cookie("pc_session", org.peercoaching.devidentity.DevTokens.coordinator("j.okafor"))
                .when().get(web + "/coordinator")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.startsWith(keycloak.issuer(REALM)));
    }

    @Test
    @Order(7)
    void coordinatorsAndAVolunteerSignInAtTheProvidersLoginPageUseTheirOwnPagesAndSignOutForGood() throws Exception {
        // the coordinator's coach, registered with the coordinator's own token (coaches belong to the token's subject)
        String coordinator = given().formParam("grant_type", "password").formParam("client_id", "test-setup")
                .formParam("username", "j.okafor").formParam("password", "coordinator-password-for-tests")
                .post(keycloak.issuer(REALM) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"firstName": "Aisha", "lastName": "Khan", "phone": "07700 900456", "gender": "FEMALE", "imdDecile": 2,
                 "languages": ["en", "ur"], "conditionCodes": ["69896004"],
                 "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "19:00"}]}""")
                .when().post(production.url("volunteer-service") + "/api/v1/volunteers").then().statusCode(201);
        String tom = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body("""
                {"firstName": "Tom", "lastName": "Hughes", "phone": "07700 900457", "gender": "MALE", "imdDecile": 3,
                 "languages": ["en"], "conditionCodes": ["69896004"],
                 "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "19:00"}]}""")
                .when().post(production.url("volunteer-service") + "/api/v1/volunteers").then().statusCode(201)
                .extract().path("id");
        keycloak.addUser(REALM, "tom.hughes", "volunteer-password-for-tests", "Tom", "Hughes", "volunteer",
                Map.of("volunteer_id", tom));

        java.nio.file.Path browser = PostgresSuite.repoRoot().resolve("suite/src/test/browser");
        java.nio.file.Path log = PostgresSuite.repoRoot().resolve("suite/target/provider-logs/provider-sign-in.log");
        assertEquals(0, BrowserJourneysTest.run(java.util.List.of("bash", browser.resolve("setup.sh").toString()),
                browser, Map.of(), log, 15), "setup.sh failed: see " + log);
        int exit = BrowserJourneysTest.run(java.util.List.of("node", "provider-sign-in.mjs"), browser, Map.ofEntries(
                Map.entry("BASE_URL", production.url(Suite.WEB)),
                Map.entry("PROVIDER_URL", keycloak.url()),
                Map.entry("USERNAME", "j.okafor"),
                Map.entry("PASSWORD", "coordinator-password-for-tests"),
                Map.entry("COACH_NAME", "Aisha Khan"),
                Map.entry("COACH_PHONE", "07700 900456"),
                Map.entry("SECOND_USERNAME", "s.patel"),
                Map.entry("SECOND_PASSWORD", "second-coordinator-password-for-tests"),
                Map.entry("VOLUNTEER_USERNAME", "tom.hughes"),
                Map.entry("VOLUNTEER_PASSWORD", "volunteer-password-for-tests"),
                Map.entry("VOLUNTEER_FIRST_NAME", "Tom"),
                Map.entry("SCREENSHOTS", PostgresSuite.repoRoot().resolve("docs/screenshots").toString())), log, 4);
        System.out.println(java.nio.file.Files.readString(log));
        assertEquals(0, exit, "the provider sign-in journey failed: see " + log);
    }

    @Test
    @Order(5)
    void anExpiredTokenIsRefused() throws Exception {
        String token = keycloak.clientToken(REALM, "short-lived-system", "short-lived-secret");
        assertEquals(201, refer(token), "fresh, it is accepted");
        long expires = part(token, 1).path("exp").asLong();
        Thread.sleep(Math.max(0, (expires + 2) * 1000 - System.currentTimeMillis()));
        assertEquals(401, refer(token), "after its exp (+1 s of skew) it is refused");
    }
}
