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
        try (ClockServer clock = ClockServer.start(PostgresSuite.freePortUnchecked(), running.clock().time(running.suite()))) {
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
                ProgrammeSimulation.Result result = new ProgrammeSimulation(running.suite(), running.time(), settings,
                        running.pathway()).run();
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
            }
        }
    }
}
