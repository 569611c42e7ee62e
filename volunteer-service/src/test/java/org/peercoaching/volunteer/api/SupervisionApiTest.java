package org.peercoaching.volunteer.api;

import static org.peercoaching.volunteer.Coaches.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SupervisionApiTest {

    @Test
    void aGroupSessionRecordsAttendanceForEachCoach() {
        String a = Coaches.aCoach().competence(2).active();
        String b = Coaches.aCoach().competence(3).active();
        String session = given().contentType(ContentType.JSON)
                .body("{\"kind\": \"GROUP\", \"heldOn\": \"" + LocalDate.now() + "\", \"facilitator\": \"s.patel\","
                        + " \"attendees\": [\"" + a + "\", \"" + b + "\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(201).body("attendees", hasSize(2)).extract().path("id");
        given().get("/api/v1/volunteers/" + a + "/supervision-sessions").then().statusCode(200)
                .body("id", equalTo(List.of(session)));
        given().get("/api/v1/volunteers/" + b).then().body("lastSupervisedOn", equalTo(LocalDate.now().toString()))
                .body("supervisionMode", equalTo("GROUP"));
        given().get("/api/v1/supervision-sessions/" + session).then().statusCode(200).body("kind", equalTo("GROUP"));
    }

    @Test
    void aOneToOneSessionHasExactlyOneCoach() {
        String a = Coaches.aCoach().active();
        String b = Coaches.aCoach().active();
        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"ONE_TO_ONE\", \"heldOn\": \"" + LocalDate.now() + "\", \"facilitator\": \"s.patel\","
                        + " \"attendees\": [\"" + a + "\", \"" + b + "\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("attendees")));
        given().get("/api/v1/volunteers/" + a + "/supervision-sessions").then().body("$", hasSize(0));
    }

    @Test
    void anUnknownCoachIsNamedAndNothingIsRecorded() {
        String a = Coaches.aCoach().active();
        given().contentType(ContentType.JSON)
                .body("{\"kind\": \"GROUP\", \"heldOn\": \"" + LocalDate.now() + "\", \"facilitator\": \"s.patel\","
                        + " \"attendees\": [\"" + a + "\", \"6a0c4b8e-3a52-4c55-9c39-5bb8a3f1e2d1\"]}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("attendees[1]")));
        given().get("/api/v1/volunteers/" + a + "/supervision-sessions").then().body("$", hasSize(0));
    }

    @Test
    void aSessionWithoutKindDateOrAttendeesIsA400() {
        given().contentType(ContentType.JSON).body("{\"heldOn\": \"2999-01-01\", \"attendees\": []}")
                .when().post("/api/v1/supervision-sessions")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("attendees", "facilitator", "heldOn", "kind")));
    }
}
