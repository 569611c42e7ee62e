package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.peercoaching.devidentity.DevTokens;

/** A coordinator takes a new coach through training and the DBS check, then activates them, over the API. */
final class Onboarding {

    private Onboarding() {}

    /** The coach's status after each step that changes it. */
    static final Map<String, String> STATUS_AFTER = Map.of("/start-training", "IN_TRAINING",
            "/complete-training", "READY", "/activate", "ACTIVE");

    /** The onboarding steps through RestAssured: 201 for a practice session, 200 for the others. */
    static CoachOnboarding.Step steps(String coach, String token) {
        return (method, path, body) -> {
            ValidatableResponse answer = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().request(method, coach + path).then()
                    .statusCode(path.equals("/training/practice-sessions") ? 201 : 200);
            if (STATUS_AFTER.containsKey(path)) {
                answer.body("status", equalTo(STATUS_AFTER.get(path)));
            }
        };
    }

    static void activate(String volunteersUrl, String coordinator, String coachId) {
        String coach = volunteersUrl + "/api/v1/volunteers/" + coachId;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String token = DevTokens.coordinator(coordinator);
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/activate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("status", "training.modules", "training.practiceSessions", "dbs"));
        CoachOnboarding.fromApplicantToActive(steps(coach, token), CoachOnboarding.Dates.usual(today, "j.okafor"));
    }
}
