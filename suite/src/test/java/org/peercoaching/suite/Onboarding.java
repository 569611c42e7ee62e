package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.peercoaching.devidentity.DevTokens;

/** A coordinator takes a new coach through training and the DBS check, then activates them, over the API. */
final class Onboarding {

    private Onboarding() {}

    /** The onboarding steps through RestAssured, each expected to succeed. */
    static CoachOnboarding.Step steps(String coach, String token) {
        return (method, path, body) -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().request(method, coach + path).then().statusCode(either(is(200)).or(is(201)));
    }

    static void activate(String volunteersUrl, String coordinator, String coachId) {
        String coach = volunteersUrl + "/api/v1/volunteers/" + coachId;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String token = DevTokens.coordinator(coordinator);
        given().auth().oauth2(token).contentType(ContentType.JSON).when().post(coach + "/activate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("status", "training.modules", "training.practiceSessions", "dbs"));
        CoachOnboarding.fromApplicantToActive(steps(coach, token), CoachOnboarding.Dates.usual(today, "j.okafor"));
        given().auth().oauth2(token).when().get(coach).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
