package org.peercoaching.volunteer.api;

import static org.peercoaching.volunteer.Coaches.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String validVolunteer(String firstName) {
        return """
                {"firstName": "%s", "lastName": "Khan", "phone": "07700 900456",
                 "email": "coach@example.org", "gender": "FEMALE", "imdDecile": 2,
                 "languages": ["en", "ur"], "conditionCodes": ["69896004"],
                 "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}]}
                """.formatted(firstName);
    }

    @Test
    void registeringAVolunteerStoresThemAndPublishesVolunteerRegistered() {
        String id = given().contentType(ContentType.JSON).body(validVolunteer("Aisha"))
                .when().post("/api/v1/volunteers")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("APPLICANT"))
                .body("callWindows[0].start", equalTo("18:00:00"))
                .extract().path("id");

        given().when().get("/api/v1/volunteers/" + id)
                .then().statusCode(200)
                .body("firstName", equalTo("Aisha"))
                .body("languages", containsInAnyOrder("en", "ur"))
                // the coach's own conditions in words, from the programme's condition catalogue
                .body("conditions[0].code", equalTo("69896004"))
                .body("conditions[0].name", equalTo("Rheumatoid arthritis"));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap, "volunteers",
                value -> value.contains(id) && value.contains(".v1\""), 1, Duration.ofSeconds(20));
        assertEquals(1, events.size(), "one volunteer.registered.v1 event on the volunteers topic");
        assertEquals(id, events.get(0).key(), "keyed by the volunteer id");
        org.junit.jupiter.api.Assertions.assertTrue(events.get(0).value().contains("\"type\":\"volunteer.registered.v1\""));
        org.junit.jupiter.api.Assertions.assertFalse(events.get(0).value().contains("07700"),
                "the event carries no phone number");
    }

    @Test
    void anInvalidVolunteerIsA400ProblemNamingEveryBadField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"firstName": "", "lastName": "Khan", "phone": "12345", "gender": "FEMALE",
                         "imdDecile": 11, "languages": ["English"], "conditionCodes": ["abc"],
                         "callWindows": [{"day": "TUESDAY", "start": "20:00", "end": "18:00"}]}
                        """)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItems("firstName", "phone", "imdDecile", "languages[0]",
                        "conditionCodes[0]", "callWindows[0].end"));
    }

    @Test
    void aConditionCodeTheCatalogueDoesNotKnowIsAFieldErrorNamingIt() {
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Aisha").replace("[\"69896004\"]", "[\"69896004\", \"12345678\"]"))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("conditionCodes[1]")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("not a condition the programme knows"));
    }

    @Test
    void aHomeAreaGivenOnlyAsAnLsoaIsKeptAndTheEventHasNoDecile() {
        String id = given().contentType(ContentType.JSON)
                .body(validVolunteer("Lsoa").replace("\"imdDecile\": 2", "\"lsoaCode\": \"E01000001\""))
                .when().post("/api/v1/volunteers")
                .then().statusCode(201)
                .body("lsoaCode", equalTo("E01000001"))
                .body("imdDecile", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap, "volunteers",
                value -> value.contains(id), 1, Duration.ofSeconds(60));
        org.junit.jupiter.api.Assertions.assertTrue(events.get(0).value().contains("\"imdDecile\":null"));
        org.junit.jupiter.api.Assertions.assertTrue(events.get(0).value().contains("\"lsoaCode\":\"E01000001\""));
    }

    @Test
    void aHomeAreaIsNeededAndAnLsoaMustLookLikeOne() {
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Aisha").replace("\"imdDecile\": 2", "\"ageBand\": \"55\""))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("ageBand", "imdDecile")));
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Aisha").replace("\"imdDecile\": 2", "\"lsoaCode\": \"S01000001\""))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("lsoaCode")));
    }

    @Test
    void borrowedKitNeedsADueBackDate() {
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Aisha").replace("\"gender\"", "\"device\": \"BORROWED_KIT\", \"gender\""))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("loanDueBack")));
    }

    @Test
    void updatingWhatMatchingSeesPublishesVolunteerUpdatedAndAContactChangeDoesNot() {
        String id = given().contentType(ContentType.JSON).body(validVolunteer("Upd"))
                .when().post("/api/v1/volunteers").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(validVolunteer("Upd").replace("07700 900456", "07700 900999"))
                .when().put("/api/v1/volunteers/" + id)
                .then().statusCode(200).body("phone", equalTo("07700 900999"));
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Upd").replace("[\"en\", \"ur\"]", "[\"en\", \"ur\", \"pa\"]"))
                .when().put("/api/v1/volunteers/" + id)
                .then().statusCode(200).body("languages", containsInAnyOrder("en", "pa", "ur"));
        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap, "volunteers",
                value -> value.contains(id) && value.contains(".v1\""), 3, Duration.ofSeconds(20));
        assertEquals(2, events.size(), "registered, then one update: the phone change is not announced");
        org.junit.jupiter.api.Assertions.assertTrue(events.get(1).value().contains("\"type\":\"volunteer.updated.v1\""));
        org.junit.jupiter.api.Assertions.assertTrue(events.get(1).value().contains("\"pa\""));
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(validVolunteer("Aisha").replace("\"FEMALE\"", "\"DRAGON\""))
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("gender"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownVolunteerIsA404Problem() {
        given().when().get("/api/v1/volunteers/6a0c4b8e-3a52-4c55-9c39-5bb8a3f1e2d1")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
