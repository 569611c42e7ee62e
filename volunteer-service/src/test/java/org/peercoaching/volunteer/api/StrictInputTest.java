package org.peercoaching.volunteer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.peercoaching.volunteer.Coaches.aCoach;
import static org.peercoaching.volunteer.Coaches.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;

/** Values of the wrong JSON type are refused naming the field, never converted. */
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
}
