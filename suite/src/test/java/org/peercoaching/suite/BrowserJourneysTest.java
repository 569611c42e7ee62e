package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;

/**
 * The pages in a real browser (Debian's Chromium driven by playwright-core) against the packaged services on
 * PostgreSQL with a real broker: a coordinator confirms a proposal and the coach then sees the call; the coach
 * raises a concern and records the call, and the concern is on the coordinator's home; a CSV import with errors
 * shows them. The journeys are in src/test/browser/journeys.mjs; they save screenshots to docs/screenshots.
 */
class BrowserJourneysTest {

    static final String COORDINATOR = "j.okafor";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static PostgresSuite production;

    @BeforeAll
    static void startTheSuiteWithPages() throws Exception {
        production = PostgresSuite.start("browser-logs", null, Map.of(), Map.of(
                // proposals wait for the coordinator, as the journey needs
                "matching-service", Map.of("peercoaching.matching.auto-confirm", "false"),
                // the first call can be today, and can be recorded though it is booked for later this week
                "schedule-service", Map.of("peercoaching.schedule.first-call-notice", "PT0S",
                        "peercoaching.schedule.record-ahead", "P8D")), true);
    }

    @AfterAll
    static void stop() throws IOException {
        if (production != null) {
            production.close();
        }
    }

    @Test
    void coordinatorAndVolunteerJourneysWorkInARealBrowser() throws Exception {
        String volunteers = production.url("volunteer-service");
        String matching = production.url("matching-service");
        String aisha = registerCoach(volunteers, "Aisha", "Khan", "07700 900456", 2, "ur", "69896004");
        String tom = registerCoach(volunteers, "Tom", "Hughes", "07700 900457", 3, "en", "69896004");
        String grace = registerCoach(volunteers, "Grace", "Mensah", "07700 900458", 5, "en", "13645005");
        for (String coach : List.of(aisha, tom, grace)) {
            Onboarding.activate(volunteers, COORDINATOR, coach);
        }
        awaitCapacityFromMatching(volunteers, 3);
        // a 94-character name (an applicant, never matched): the coach page must still fit a phone
        String longName = registerCoach(volunteers, "Aurelia", "Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh-Montgomery-Fotheringham-Cholmond", "07700 900459", 4, "en", "69896004");
        String brian = refer(matching, "Brian", "Jones", "07700 900123", "69896004", 2, "ur");
        refer(matching, "Carol", "White", "07700 900124", "13645005", 6, "en");
        List<Map<String, Object>> proposals = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            proposals.clear();
            proposals.addAll(given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).queryParam("status", "PROPOSED")
                    .when().get(matching + "/api/v1/matches").then().statusCode(200).extract().jsonPath()
                    .getList("$"));
            return proposals.size() == 2;
        });
        Map<String, Object> briansProposal = proposals.stream().filter(p -> brian.equals(p.get("referralId")))
                .findFirst().orElseThrow();

        Path browser = PostgresSuite.repoRoot().resolve("suite/src/test/browser");
        Path screenshots = PostgresSuite.repoRoot().resolve("docs/screenshots");
        Files.createDirectories(screenshots);
        Path log = PostgresSuite.repoRoot().resolve("suite/target/browser-logs/journeys.log");
        Files.createDirectories(log.getParent());
        assertEquals(0, run(List.of("bash", browser.resolve("setup.sh").toString()), browser, Map.of(), log, 15),
                "setup.sh failed: see " + log);
        int exit = run(List.of("node", "journeys.mjs"), browser, Map.of(
                "BASE_URL", production.url(Suite.WEB),
                "COORDINATOR", COORDINATOR,
                "COACH_ID", (String) briansProposal.get("volunteerId"),
                "COACH_FIRST_NAME", (String) briansProposal.get("coachFirstName"),
                "PERSON", "Brian",
                "PERSON_ON_CARD", "Brian J.",
                "PERSON_PHONE", "07700 900123",
                "COACH_PHONE", Map.of(aisha, "07700 900456", tom, "07700 900457", grace, "07700 900458")
                        .get((String) briansProposal.get("volunteerId")),
                "LONG_NAME_COACH_ID", longName,
                "SCREENSHOTS", screenshots.toString()), log, 6);
        System.out.println(Files.readString(log));
        assertEquals(0, exit, "a browser journey failed: see " + log + " and the screenshots in " + screenshots);
    }

    private static String registerCoach(String volunteers, String first, String last, String phone, int decile,
            String language, String condition) {
        return given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).contentType(ContentType.JSON).body("""
                        {"firstName": "%s", "lastName": "%s", "phone": "%s", "gender": "FEMALE", "imdDecile": %d,
                         "languages": ["en", "%s"], "conditionCodes": ["%s"], "callWindows": %s}
                        """.formatted(first, last, phone, decile, language, condition, everyDay()))
                .when().post(volunteers + "/api/v1/volunteers").then().statusCode(201).extract().path("id");
    }

    private static String refer(String matching, String first, String last, String phone, String condition, int decile,
            String language) {
        return given().auth().oauth2(DevTokens.pathway("rheumatology")).contentType(ContentType.JSON).body("""
                        {"pathwayReferralId": "WEB-%s", "pathway": "rheumatology",
                         "person": {"firstName": "%s", "lastName": "%s", "phone": "%s", "language": "%s"},
                         "conditionCodes": ["%s"],
                         "activation": {"instrument": "PAM-13", "score": 44.9, "level": 1, "measuredOn": "%s"},
                         "homeArea": {"imdDecile": %d}, "callWindows": %s,
                         "consent": {"contact": true, "shareGoalsWithClinicalTeam": true}}
                        """.formatted(UUID.randomUUID(), first, last, phone, language, condition,
                        LocalDate.now(LONDON).minusDays(10), decile, everyDay()))
                .when().post(matching + "/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    /** Matching knows every coach once their room shows on the roster (matching publishes it). */
    private static void awaitCapacityFromMatching(String volunteers, int coaches) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).when().get(volunteers + "/api/v1/volunteers")
                        .then().statusCode(200).extract().jsonPath().getList("items.capacity.room").stream()
                        .filter(room -> room != null).count() == coaches);
    }

    /** Windows every day of the week, so that the first call can be booked today, whenever the test runs. */
    private static String everyDay() {
        List<String> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add("{\"day\": \"" + day + "\", \"start\": \"07:00\", \"end\": \"21:00\"}");
        }
        return "[" + String.join(", ", windows) + "]";
    }

    static int run(List<String> command, Path dir, Map<String, String> env, Path log, int minutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
