package org.peercoaching.volunteer.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.peercoaching.volunteer.Coaches.aCoach;
import static org.peercoaching.volunteer.Coaches.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
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
}
