package org.peercoaching.matching.forecast;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;

@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class ForecastApiTest extends Scenario {

    static final String COORDINATOR = DevTokens.coordinator("coord-a");

    @Test
    void aHundredCoachesSupportAboutFiveHundredPeopleMonthByMonth() {
        JsonPath f = given().auth().oauth2(COORDINATOR)
                .queryParam("coaches", 100).queryParam("referralsPerMonth", 100_000)
                .when().get("/api/v1/forecast")
                .then().statusCode(200).extract().jsonPath();
        YearMonth next = YearMonth.now(London.ZONE).plusMonths(1);
        List<String> labels = f.getList("months.month");
        assertEquals(12, labels.size());
        assertEquals(ForecastView.label(next), labels.get(0));
        assertEquals(ForecastView.label(next.plusMonths(11)), labels.get(11));
        assertEquals(next.atDay(1).toString(), f.getString("inputs.from"));
        assertEquals(100, f.getInt("inputs.coaches"));
        assertEquals(100, f.getInt("inputs.coachesByCompetenceLevel.'1'"));
        assertEquals(List.of("WEEKLY", "FORTNIGHTLY", "MONTHLY"), f.getList("inputs.taper.name"));
        // the cap and taper of the live system: 500 people at once from week 16, 900 started in 11 months
        List<Integer> supported = f.getList("months.peopleSupported", Integer.class);
        assertEquals(500, supported.stream().mapToInt(Integer::intValue).max().orElseThrow());
        assertEquals(supported, f.getList("months.peopleAtOnce", Integer.class), "the same count under its plain name");
        assertEquals(500, f.getInt("totals.peakPeopleAtOnce"), "people at once: about 5 per coach");
        assertEquals(f.getInt("totals.newMatches"), f.getInt("totals.peopleStarted"));
        assertEquals(200, f.getInt("months[0].newMatches"));
        assertEquals(900, f.getInt("months[10].cumulativePeopleSupported"));
        assertEquals(500, f.getInt("months[10].graduations") + f.getInt("months[9].graduations")
                + f.getInt("months[8].graduations") + f.getInt("months[7].graduations")
                + f.getInt("months[6].graduations") + f.getInt("months[5].graduations"));
    }

    @Test
    void labelsAreLondonMonthNames() {
        assertEquals("January 2027", ForecastView.label(YearMonth.of(2027, 1)));
    }

    @Test
    void byDefaultTheActiveCoachesMatchingKnows() {
        coachJoins("Maria", "FEMALE");
        coachJoins("Aisha", "FEMALE");
        long active = QuarkusTransaction.requiringNew().call(() -> coaches.count("status", "ACTIVE"));
        given().auth().oauth2(DevTokens.admin("admin-1"))
                .queryParam("referralsPerMonth", 4).queryParam("months", 3)
                .when().get("/api/v1/forecast")
                .then().statusCode(200)
                .body("inputs.coaches", equalTo((int) active))
                .body("months.size()", equalTo(3))
                .body("inputs.startedFromCurrentState", equalTo(false));
        given().auth().oauth2(COORDINATOR)
                .queryParam("referralsPerMonth", 4).queryParam("fromCurrentState", true)
                .when().get("/api/v1/forecast")
                .then().statusCode(200)
                .body("inputs.coaches", equalTo((int) active))
                .body("inputs.startedFromCurrentState", equalTo(true));
    }

    @Test
    void badParametersAreNamedEachOne() {
        given().auth().oauth2(COORDINATOR)
                .queryParam("months", 0).queryParam("coaches", -1)
                .when().get("/api/v1/forecast")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("coaches", "months", "referralsPerMonth"));
        given().auth().oauth2(COORDINATOR)
                .queryParam("referralsPerMonth", 100_001).queryParam("months", 25)
                .when().get("/api/v1/forecast")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("months", "referralsPerMonth"));
        given().auth().oauth2(COORDINATOR)
                .queryParam("referralsPerMonth", 10).queryParam("coaches", 3).queryParam("fromCurrentState", true)
                .when().get("/api/v1/forecast")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("fromCurrentState"));
    }

    @Test
    void coordinatorsAndAdminsOnly() {
        given().queryParam("referralsPerMonth", 10).when().get("/api/v1/forecast").then().statusCode(401);
        given().auth().oauth2(DevTokens.volunteer(UUID.randomUUID()))
                .queryParam("referralsPerMonth", 10).when().get("/api/v1/forecast").then().statusCode(403);
        given().auth().oauth2(DevTokens.pathway("rheumatology"))
                .queryParam("referralsPerMonth", 10).when().get("/api/v1/forecast").then().statusCode(403);
    }
}
