package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;

/**
 * The programme as Torbay runs it, through the public APIs of the three packaged services on PostgreSQL and a
 * real broker, on the simulated suite clock: two new coaches and ten people referred at the start. Each coach
 * goes 2 -> 3 -> 5, never more than 2 on weekly calls; every plan runs weekly x8, fortnightly x4, monthly x2
 * at one steady London time (across both clock changes) 7, 14 and 28 days apart; everyone graduates and the
 * pathway system is told.
 */
class ProgrammeYearTest {

    /** The suite clock as ./run.sh --simulate serves it (port 8079 there; a free port here). */
    static void theLaunchersClockAnswersOnlyAdminsAndMovesEveryServiceTogether(ProgrammeSimulation.Running running) {
        try (ClockServer clock = running.clock().serve(running.suite(), PostgresSuite.freePortUnchecked())) {
            String url = clock.url() + "/api/v1/clock";
            given().when().get(url).then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(DevTokens.coordinator("someone")).when().get(url).then().statusCode(403);
            String start = given().auth().oauth2(DevTokens.admin("admin-1")).when().get(url).then().statusCode(200)
                    .body("services.size()", equalTo(3)).extract().path("now");
            given().auth().oauth2(DevTokens.admin("admin-1")).contentType("application/json").body("{\"by\": \"a week\"}")
                    .when().post(url + "/advance").then().statusCode(400).body("errors[0].field", equalTo("by"));
            given().auth().oauth2(DevTokens.admin("admin-1")).contentType("application/json")
                    .body("{\"to\": \"2026-01-01T00:00:00Z\"}")
                    .when().post(url + "/advance").then().statusCode(400).body("errors[0].field", equalTo("to"));
            String moved = java.time.Instant.parse(start).plus(java.time.Duration.ofHours(1)).toString();
            given().auth().oauth2(DevTokens.admin("admin-1")).contentType("application/json").body("{\"by\": \"PT1H\"}")
                    .when().post(url + "/advance").then().statusCode(200).body("now", equalTo(moved))
                    .body("services.now", everyItem(equalTo(moved)));
            // the pages (which cannot be moved) read the suite's time alone, with no sign-in
            given().when().get(clock.url() + ClockServer.NOW_PATH).then().statusCode(200).body("now", equalTo(moved));
        }
    }

    @Test
    void twoNewCoachesGoTwoThreeFiveAndTenPeopleGraduateAtSteadyTimes() throws Exception {
        Path root = PostgresSuite.repoRoot();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ProgrammeSimulation.Settings settings = new ProgrammeSimulation.Settings(2, 42, 10, 0, 10,
                    LocalDate.of(2027, 1, 4));
            try (ProgrammeSimulation.Running running = PostgresSuite.simulated(postgres,
                    root.resolve("suite/target/programme-year"), settings.start())) {
                theLaunchersClockAnswersOnlyAdminsAndMovesEveryServiceTogether(running);
                String matching = running.suite().url("matching-service");
                ProgrammeSimulation.Result result = new ProgrammeSimulation(running.suite(), running.time(), settings,
                        running.pathway()).referringTheFirstWith(() -> referredAsFhir(matching)).run();
                SimulationReport.write(result, settings, root.resolve("suite/target/programme-year/report"));
                String summary = SimulationReport.summary(result, settings);
                System.out.println(summary);

                for (String coach : result.coachIds()) {
                    assertEquals(List.of(2, 3, 5), SimulationReport.caseloadSteps(result).get(coach).subList(0, 3),
                            summary);
                }
                assertEquals(10 * 14, result.calls().size(), summary);
                List<String> problems = SimulationReport.problems(result, true);
                assertTrue(problems.isEmpty(), String.join("\n", problems));
                theFhirReferralEndsWithItsTaskCompletedAndTheActivationMeasuredAgain(matching,
                        result.referralIds().get(0));
            }
        }
    }

    /** The first person of the year is referred as the FHIR example message (BaRS-style), not through the JSON API. */
    static String referredAsFhir(String matching) {
        try {
            String message = java.nio.file.Files.readString(PostgresSuite.repoRoot()
                    .resolve("docs/examples/fhir/referral-eligible.json"));
            String answer = given().auth().oauth2(DevTokens.pathway("rheumatology")).urlEncodingEnabled(false)
                    .contentType("application/fhir+json").body(message)
                    .when().post(matching + "/fhir/r4/$process-message")
                    .then().statusCode(201).contentType("application/fhir+json").extract().asString();
            return io.restassured.path.json.JsonPath.from(answer).getString("entry[1].resource.id");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The FHIR journey's end on PostgreSQL: Task completed, the after-activation Observation, HAPI-valid. */
    static void theFhirReferralEndsWithItsTaskCompletedAndTheActivationMeasuredAgain(String matching, String id) {
        String pathway = DevTokens.pathway("rheumatology");
        String search = given().auth().oauth2(pathway).queryParam("focus", "ServiceRequest/" + id)
                .when().get(matching + "/fhir/r4/Task").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        String serviceRequest = given().auth().oauth2(pathway).when().get(matching + "/fhir/r4/ServiceRequest/" + id)
                .then().statusCode(200).extract().asString();
        FhirAnswers fhir = new FhirAnswers();
        fhir.assertValid(search);
        fhir.assertValid(serviceRequest);
        io.restassured.path.json.JsonPath task = io.restassured.path.json.JsonPath.from(search);
        assertEquals("completed", task.getString("entry[0].resource.status"), search);
        assertEquals("GRADUATED", task.getString("entry[0].resource.businessStatus.coding[0].code"));
        assertEquals("#activation-after", task.getString(
                "entry[0].resource.output.find { it.type.coding[0].code == 'activation-after' }.valueReference.reference"));
        assertEquals("PAM-13", task.getString("entry[0].resource.contained[0].code.coding[0].code"));
        assertEquals(58.5f, task.getFloat("entry[0].resource.contained[0].valueQuantity.value"));
        assertEquals(3, task.getInt("entry[0].resource.contained[0].component[0].valueInteger"));
        assertEquals("completed", io.restassured.path.json.JsonPath.from(serviceRequest).getString("status"));
    }
}
