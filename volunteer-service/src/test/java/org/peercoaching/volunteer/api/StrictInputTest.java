package org.peercoaching.volunteer.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peercoaching.volunteer.Coaches.aCoach;
import static org.peercoaching.volunteer.Coaches.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;

/**
 * Values of the wrong JSON type are refused naming the field, never converted; text is plain text (no control
 * or bidirectional override characters, line breaks only in free text); nothing refused is stored.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class StrictInputTest {

    static void refusedNaming(String body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aDateGivenAsANumberIsRefusedNamingTheField() {
        refusedNaming(aCoach().json().replaceFirst("\\{", "{\"loanedOn\": 12345, "), "loanedOn");
    }

    @Test
    void aFractionalCompetenceLevelIsRefusedNamingTheField() {
        refusedNaming(aCoach().json().replace("\"competenceLevel\": 1", "\"competenceLevel\": 1.5"), "competenceLevel");
    }

    @Test
    void aBodyThatIsNotJsonIsTheUnreadableBodyProblem() {
        given().contentType(ContentType.JSON).body("{\"firstName\": ")
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/unreadable-body"));
    }

    static void refusedNaming(String body, String field, String message) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    /** Registering as a coordinator of their own, whose roster shows whether anything was stored. */
    static void refusedAndNothingStored(String body, String field, String... messages) {
        String token = DevTokens.coordinator("strict-" + UUID.randomUUID());
        ValidatableResponse refused = Coaches.as(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peer-coaching.example.nhs.uk/problems/invalid-fields"))
                .body("errors.field", equalTo(List.of(field)));
        for (String message : messages) {
            refused.body("errors[0].message", containsString(message));
        }
        RestAssured.given().header("Authorization", "Bearer " + token).when().get("/api/v1/volunteers")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aNameWithANulOrAnotherControlCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        refusedAndNothingStored(aCoach().named("Aisha\\u0000").json(), "firstName",
                "must not contain control characters (found U+0000 at character 6)");
        refusedAndNothingStored(aCoach().named("Aisha\\u0085").json(), "firstName", "(found U+0085 at character 6)");
        refusedAndNothingStored(aCoach().named("Aisha\\u001b[2J").json(), "firstName", "(found U+001B");
        refusedAndNothingStored(aCoach().json().replace("\"Khan\"", "\"Khan\u007f\""), "lastName", "(found U+007F");
    }

    @Test
    void aRightToLeftOverrideInNotesIsRefusedNamingTheFieldAndNothingIsStored() {
        refusedAndNothingStored(withNotes(aCoach().json(), "Lives \u202Eenoyna"), "livedExperienceNotes",
                "must not contain bidirectional override or isolate characters", "(found U+202E at character 7)");
        refusedAndNothingStored(withNotes(aCoach().json(), "An isolate \u2067here\u2069"), "livedExperienceNotes",
                "(found U+2067 at character 12)");
        refusedAndNothingStored(aCoach().named("\u202DAisha").json(), "firstName", "(found U+202D at character 1)");
    }

    @Test
    void aLineBreakOrTabInANameIsRefusedNamingTheField() {
        refusedAndNothingStored(aCoach().json().replace("\"Khan\"", "\"Khan\\nSmith\""), "lastName",
                "must be a single line: line breaks and tabs are allowed only in free text such as notes and reasons"
                        + " (found U+000A at character 5)");
        refusedAndNothingStored(aCoach().json().replace("\"Khan\"", "\"Khan\\tSmith\""), "lastName",
                "(found U+0009 at character 5)");
        refusedAndNothingStored(aCoach().json().replace("\"ur\"", "\"ur\\r\""), "languages[1]", "single line");
    }

    static String withNotes(String json, String notes) {
        return json.replaceFirst("\\{", "{\"livedExperienceNotes\": \"" + notes + "\", ");
    }

    @Test
    void aNumberABooleanOrAnObjectForTextIsRefusedNamingTheField() {
        refusedNaming(aCoach().json().replace("\"firstName\": \"Aisha\"", "\"firstName\": 123"), "firstName",
                "must be text");
        refusedNaming(aCoach().json().replace("\"firstName\": \"Aisha\"", "\"firstName\": true"), "firstName",
                "must be text");
        refusedNaming(aCoach().json().replace("\"firstName\": \"Aisha\"", "\"firstName\": {\"given\": \"Aisha\"}"),
                "firstName", "must be text");
        refusedNaming(aCoach().json().replace("\"phone\": \"07700 900456\"", "\"phone\": 7700900456"), "phone",
                "must be text");
        refusedNaming(aCoach().json().replace("\"ur\"", "7"), "languages[1]", "must be text");
    }

    @Test
    void aDateOfBirthGivenAsAnArrayOrANumberIsRefusedNamingTheField() {
        refusedNaming(aCoach().json().replaceFirst("\\{", "{\"dateOfBirth\": [1968, 4, 12], "), "dateOfBirth",
                "must be a date as text");
        refusedNaming(aCoach().json().replaceFirst("\\{", "{\"dateOfBirth\": 19680412, "), "dateOfBirth",
                "must be a date as text");
    }

    static final String PROBLEMS = "https://peer-coaching.example.nhs.uk/problems/";

    /** A limit as configured (service-kit sets the body and header limits for every service). */
    static long limit(String name) {
        return new MemorySizeConverter().convert(ConfigProvider.getConfig().getValue(name, String.class))
                .asLongValue();
    }

    @Test
    void aBodyOverTheSizeLimitIsA413Problem() {
        long max = limit("quarkus.http.limits.max-body-size");
        String body = aCoach().json().replaceFirst("\\{", "{\"padding\": \"" + "x".repeat((int) max) + "\", ");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/volunteers")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "body-too-large"))
                .body("status", equalTo(413))
                .body("detail", containsString("at most " + max + " bytes"))
                .body("instance", equalTo("/api/v1/volunteers"));
    }

    @Test
    void anAddressOverTheLineLimitIsA414Problem() {
        long max = limit("quarkus.http.limits.max-initial-line-length");
        given().queryParam("language", "x".repeat((int) max))
                .when().get("/api/v1/volunteers")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "address-too-long"))
                .body("status", equalTo(414))
                .body("detail", containsString("at most " + max + " characters"));
    }

    @Test
    void headersOverTheSizeLimitAreA431Problem() {
        long max = limit("quarkus.http.limits.max-header-size");
        given().header("X-Padding", "x".repeat((int) max))
                .when().get("/api/v1/volunteers")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "headers-too-large"))
                .body("status", equalTo(431))
                .body("detail", containsString("at most " + max + " bytes"));
    }

    @Test
    void aRequestJustUnderTheLimitsIsServed() {
        // (the token as a plain header: the contract check does not see RestAssured's oauth2() on a GET)
        RestAssured.given().header("Authorization", "Bearer " + Coaches.COORDINATOR_TOKEN)
                .header("X-Padding", "x".repeat((int) limit("quarkus.http.limits.max-header-size") - 2048))
                .queryParam("language", "x".repeat((int) limit("quarkus.http.limits.max-initial-line-length") - 200))
                .when().get("/api/v1/volunteers")
                .then().statusCode(400).body("errors.field", hasItem("language"));
    }

    @Test
    void aBodySentWithoutALengthIsA413ProblemOnceItRunsOverTheLimit() throws Exception {
        // RestAssured always sends a Content-Length, so this one goes chunked through the JDK's client
        long max = limit("quarkus.http.limits.max-body-size");
        byte[] start = "{\"livedExperienceNotes\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[(int) max + 4096];
        java.util.Arrays.fill(body, (byte) 'x');
        System.arraycopy(start, 0, body, 0, start.length);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/volunteers"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Coaches.COORDINATOR_TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"));
        JsonPath problem = new JsonPath(response.body());
        assertEquals(PROBLEMS + "body-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("The request body may be at most " + max + " bytes. Nothing was stored.", problem.getString("detail"));
    }
}
