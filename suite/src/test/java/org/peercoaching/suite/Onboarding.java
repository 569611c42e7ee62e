package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peercoaching.devidentity.DevTokens;

/** A coordinator takes a new coach through training and the DBS check, then activates them, over the API. */
final class Onboarding {

    private Onboarding() {}

    static void activate(String volunteersUrl, String coordinator, String coachId) {
        String coach = volunteersUrl + "/api/v1/volunteers/" + coachId;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String token = DevTokens.coordinator(coordinator);
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/activate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("status", "training.modules", "training.practiceSessions", "dbs"));
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/start-training")
                .then().statusCode(200).body("status", equalTo("IN_TRAINING"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"completedOn\": \"" + today.minusDays(7) + "\"}")
                .when().post(coach + "/training/modules-completed").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"heldOn\": \"" + today.minusDays(3) + "\", \"facilitator\": \"j.okafor\"}")
                .when().post(coach + "/training/practice-sessions").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/complete-training")
                .then().statusCode(200).body("status", equalTo("READY"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"issuedOn\": \"" + today.minusMonths(1) + "\", \"renewalDue\": \""
                        + today.minusMonths(1).plusYears(3) + "\"}")
                .when().put(coach + "/dbs").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
