package org.peercoaching.schedule.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * A query value that is not of its type is a 400 naming the parameter; a body value of the wrong JSON type or
 * text that is not plain text is a 400 naming the field, and nothing is recorded; tokens are refused as in every
 * service.
 */
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

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /**
     * Signed in with the token as a plain header, for calls that succeed: the contract check does not see
     * RestAssured's {@code auth().oauth2()} when it checks the request against the document's security.
     */
    static RequestSpecification signedIn(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** The first call of a new plan for one of coord-a's coaches, with the clock just after it. */
    record Call(UUID referral, Object callId) {}

    Call aCallJustMade() {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Fixtures.assign(bootstrap, coach);
        TopicReader.send(bootstrap, "matches", match.toString(), Fixtures.matchConfirmed(coach, match, referral, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> signedIn(Fixtures.COORDINATOR)
                .queryParam("referralId", referral).get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getList("$").size() == 1);
        Map<String, Object> first = signedIn(Fixtures.COORDINATOR).queryParam("referralId", referral)
                .get("/api/v1/plans").then().statusCode(200).extract().jsonPath().getMap("[0].calls[0]");
        clock.set(Instant.parse((String) first.get("startsAt")).plus(Duration.ofMinutes(40)));
        return new Call(referral, first.get("callId"));
    }

    static ValidatableResponse outcome(Object callId, String body) {
        return signedIn(Fixtures.COORDINATOR).contentType(ContentType.JSON).body(body)
                .post("/api/v1/calls/" + callId + "/outcome").then();
    }

    static void refusedNaming(ValidatableResponse response, String field, String message) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(message));
    }

    static String completed(String notes, String topic) {
        return "{\"outcome\":\"COMPLETED\",\"durationMinutes\":35,\"confidence\":6,\"notes\":" + notes
                + ",\"goals\":{\"topic\":" + topic + ",\"goal\":\"Walk to the shop\"}}";
    }

    @Test
    void textThatIsNotPlainTextIsRefusedNamingTheFieldAndNothingIsRecorded() {
        Call call = aCallJustMade();
        UUID referral = call.referral();
        Object callId = call.callId();
        refusedNaming(outcome(callId, completed("\"Walked to the \u202Epohs\"", "\"Getting out\"")), "notes",
                "must not contain bidirectional override or isolate characters");
        refusedNaming(outcome(callId, completed("\"Walked\"", "\"Getting\\u0000out\"")), "goals.topic",
                "must not contain control characters (found U+0000 at character 8)");
        refusedNaming(signedIn(Fixtures.COORDINATOR).contentType(ContentType.JSON)
                        .body("{\"category\":\"CRISIS\",\"detail\":\"Said \u2066nothing\u2069 more\"}")
                        .post("/api/v1/calls/" + callId + "/escalations").then(), "detail", "(found U+2066");
        // nothing was recorded: the call is still scheduled, and no alert was opened
        signedIn(Fixtures.COORDINATOR).queryParam("referralId", referral).get("/api/v1/plans").then().statusCode(200)
                .body("[0].calls.find { it.callId == '" + callId + "' }.status", equalTo("SCHEDULED"));
        signedIn(Fixtures.COORDINATOR).get("/api/v1/alerts").then().statusCode(200)
                .body("findAll { it.callId == '" + callId + "' }", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void aNumberABooleanOrAnObjectForTextIsRefusedNamingTheField() {
        Object callId = UUID.randomUUID(); // the body is read, and refused, before the call is looked up
        refusedNaming(outcome(callId, completed("42", "\"Getting out\"")), "notes", "must be text");
        refusedNaming(outcome(callId, completed("\"Walked\"", "true")), "goals.topic", "must be text");
        refusedNaming(outcome(callId, completed("{\"text\":\"Walked\"}", "\"Getting out\"")), "notes",
                "must be text");
    }

    @Test
    void aRescheduleTimeGivenAsANumberIsRefusedNamingTheField() {
        Object callId = UUID.randomUUID();
        String epoch = "{\"outcome\":\"RESCHEDULED\",\"rescheduleTo\":%s}";
        refusedNaming(outcome(callId, epoch.formatted("1795708800")), "rescheduleTo",
                "must be a date and time as text, such as \"2027-01-05T18:00:00Z\"");
        refusedNaming(outcome(callId, epoch.formatted("1795708800.5")), "rescheduleTo", "must be a date and time");
        refusedNaming(outcome(callId, epoch.formatted("\"1795708800\"")), "rescheduleTo", "must be a date and time");
    }
}
