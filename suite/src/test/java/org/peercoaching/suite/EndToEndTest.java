package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.peercoaching.devidentity.DevTokens;

/**
 * The whole suite as it runs in production: the three packaged services (prod profile) as separate
 * processes, a real Kafka broker, and a real PostgreSQL with one database per service, migrated by
 * Flyway. Everything is driven over HTTP only, signed in as the user who would do it (the prod profile is
 * configured, as in production, with an issuer and a public key: here the dev identity's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    static final String COORDINATOR = "e2e.coordinator";

    static PostgresSuite production;
    static Suite suite;

    @BeforeAll
    static void startTheSuiteOnPostgres() throws Exception {
        production = PostgresSuite.start("e2e-logs", null, Map.of());
        suite = production.suite;
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (production != null) {
            production.close();
        }
    }

    static String volunteers() {
        return suite.url("volunteer-service");
    }

    static String matching() {
        return suite.url("matching-service");
    }

    static String schedule() {
        return suite.url("schedule-service");
    }

    @Test
    @Order(1)
    void aVolunteerAndAReferralBecomeWeeklyCallsOnTheCoachsList() {
        String coachId = given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).contentType(ContentType.JSON).body("""
                        {"firstName": "Aisha", "lastName": "Khan", "phone": "07700 900456", "gender": "FEMALE",
                         "imdDecile": 2, "languages": ["en", "ur"], "conditionCodes": ["69896004"],
                         "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}]}
                        """)
                .when().post(volunteers() + "/api/v1/volunteers")
                .then().statusCode(201).body("status", equalTo("APPLICANT")).extract().path("id");
        activateThroughOnboarding(coachId);

        String referralId = given().auth().oauth2(DevTokens.pathway("rheumatology")).contentType(ContentType.JSON)
                .body(briansReferral("E2E-" + UUID.randomUUID()))
                .when().post(matching() + "/api/v1/referrals")
                .then().statusCode(201).extract().path("id");

        // matching learns the coach from the volunteer event; the person waits until it has (and is IN_PROGRAMME
        // as soon as schedule-service has started their plan, which may be before this first looks)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).when().get(matching() + "/api/v1/referrals/" + referralId)
                        .then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.oneOf("MATCHED", "IN_PROGRAMME"))
                        .body("coach.firstName", equalTo("Aisha")));

        // schedule builds the plan from the match event: eight weekly calls, Tuesdays at 6pm London time
        List<Map<String, Object>> calls = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            calls.clear();
            calls.addAll(callsInNextWeeks(coachId, 10));
            return calls.size() == 8;
        });
        for (int i = 0; i < calls.size(); i++) {
            Map<String, Object> call = calls.get(i);
            assertEquals(i + 1, call.get("callNumber"));
            assertEquals(14, call.get("totalCalls"));
            assertEquals("WEEKLY", call.get("stage"));
            assertEquals("Brian", call.get("personFirstName"));
            assertTrue(((String) call.get("when")).startsWith("Tuesday "), call.get("when").toString());
            assertTrue(((String) call.get("when")).endsWith(", 6pm"), call.get("when").toString());
        }
    }

    @Test
    @Order(2)
    void aFhirReferralIsMatchedPlannedAndFollowedAsAFhirTaskOnPostgres() throws IOException {
        String coachId = given().auth().oauth2(DevTokens.coordinator(COORDINATOR)).contentType(ContentType.JSON).body("""
                        {"firstName": "Grace", "lastName": "Obi", "phone": "07700 900789", "gender": "FEMALE",
                         "imdDecile": 7, "languages": ["en"], "conditionCodes": ["69896004"],
                         "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "20:00"}]}
                        """)
                .when().post(volunteers() + "/api/v1/volunteers")
                .then().statusCode(201).extract().path("id");
        activateThroughOnboarding(coachId);
        String pathwayReferralId = "E2E-FHIR-" + UUID.randomUUID();
        String message = Files.readString(PostgresSuite.repoRoot().resolve("docs/examples/fhir/referral-eligible.json"))
                .replace("RHEUM-2026-000123", pathwayReferralId);
        FhirAnswers fhir = new FhirAnswers();
        String answer = given().auth().oauth2(DevTokens.pathway("rheumatology")).urlEncodingEnabled(false)
                .contentType("application/fhir+json").body(message)
                .when().post(matching() + "/fhir/r4/$process-message")
                .then().statusCode(201).contentType("application/fhir+json").extract().asString();
        fhir.assertValid(answer);
        String referralId = JsonPath.from(answer).getString("entry[1].resource.id");
        // the same referral again: 200, the same one (on PostgreSQL's unique key, as the JSON API)
        String again = given().auth().oauth2(DevTokens.pathway("rheumatology")).urlEncodingEnabled(false)
                .contentType("application/fhir+json").body(message)
                .when().post(matching() + "/fhir/r4/$process-message")
                .then().statusCode(200).extract().asString();
        assertEquals(referralId, JsonPath.from(again).getString("entry[1].resource.id"));

        // matched with a coach, schedule-service starts the plan: the Task is in progress, weekly
        String[] task = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            task[0] = given().auth().oauth2(DevTokens.pathway("rheumatology"))
                    .queryParam("focus", "ServiceRequest/" + referralId)
                    .when().get(matching() + "/fhir/r4/Task")
                    .then().statusCode(200).contentType("application/fhir+json").extract().asString();
            return "in-progress".equals(JsonPath.from(task[0]).getString("entry[0].resource.status"));
        });
        fhir.assertValid(task[0]);
        JsonPath inProgramme = JsonPath.from(task[0]);
        assertEquals("IN_PROGRAMME", inProgramme.getString("entry[0].resource.businessStatus.coding[0].code"));
        assertEquals("WEEKLY", inProgramme.getString(
                "entry[0].resource.output.find { it.type.coding[0].code == 'taper-stage' }.valueString"));
        String serviceRequest = given().auth().oauth2(DevTokens.pathway("rheumatology"))
                .when().get(matching() + "/fhir/r4/ServiceRequest/" + referralId)
                .then().statusCode(200).extract().asString();
        fhir.assertValid(serviceRequest);
        assertEquals("active", JsonPath.from(serviceRequest).getString("status"));
        // the coach has the person's calls on their list, as for a referral through the JSON API
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> callsInNextWeeks(coachId, 10).stream().anyMatch(c -> "Brian".equals(c.get("personFirstName"))));
        // a malformed message: an OperationOutcome naming the bad elements, nothing stored
        String malformed = Files.readString(PostgresSuite.repoRoot().resolve("docs/examples/fhir/referral-malformed.json"))
                .replace("RHEUM-2026-000126", "E2E-FHIR-" + UUID.randomUUID());
        String outcome = given().auth().oauth2(DevTokens.pathway("rheumatology")).urlEncodingEnabled(false)
                .contentType("application/fhir+json").body(malformed)
                .when().post(matching() + "/fhir/r4/$process-message")
                .then().statusCode(400).contentType("application/fhir+json")
                .body("resourceType", equalTo("OperationOutcome")).extract().asString();
        fhir.assertValid(outcome);
        assertTrue(outcome.contains("favouriteColour") && outcome.contains("maybe"), outcome);
        fhir.assertValid(given().when().get(matching() + "/fhir/r4/metadata").then().statusCode(200).extract().asString());
    }

    @Test
    @Order(3)
    void everyServiceIsReadyDescribesItsApiAndAnswersBadInputWithAProblem() {
        for (String service : Suite.SERVICES) {
            given().when().get(suite.url(service) + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().when().get(suite.url(service) + "/q/openapi?format=json").then().statusCode(200)
                    .body(containsString("\"openapi\""));
        }
        given().auth().oauth2(DevTokens.pathway("rheumatology")).contentType(ContentType.JSON)
                .body("{\"pathway\": \"Rheumatology!\", \"person\": {}}")
                .when().post(matching() + "/api/v1/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("pathway", "pathwayReferralId", "person.firstName", "person.phone",
                        "conditionCodes", "activation", "homeArea", "callWindows", "consent"));
    }

    @Test
    @Order(4)
    void theDemoDataLoadsAndNoCoachIsGivenMoreThanTwoPeople() {
        String summary = new DemoData(volunteers(), matching(), schedule()).load();
        assertTrue(summary.startsWith("Demo data loaded"), summary);

        // each coordinator's roster: their own coaches with their flags in one request, and no one else's
        List<String> coachIds = new ArrayList<>();
        int active = 0;
        int dbsDue = 0;
        int unsupervised = 0;
        List<String> holds = new ArrayList<>();
        for (String coordinator : DemoData.COORDINATORS) {
            JsonPath roster = JsonPath.from(given().auth().oauth2(DevTokens.coordinator(coordinator))
                    .queryParam("size", 100).when().get(volunteers() + "/api/v1/volunteers")
                    .then().statusCode(200).extract().asString());
            assertEquals(DemoData.VOLUNTEERS / DemoData.COORDINATORS.length, roster.getList("items.id").size(),
                    coordinator + " sees only the coaches they look after");
            coachIds.addAll(roster.getList("items.id"));
            active += roster.getList("items.findAll { it.status == 'ACTIVE' }").size();
            dbsDue += roster.getList("items.findAll { it.flags.contains('DBS_RENEWAL_DUE') }").size();
            unsupervised += roster.getList("items.findAll { it.status == 'ACTIVE' && it.lastSupervisedOn == null }").size();
            holds.addAll(roster.getList("items.holds.flatten().reason"));
        }
        assertEquals(DemoData.VOLUNTEERS, coachIds.size());
        assertEquals(DemoData.VOLUNTEERS - DemoData.NOT_ACTIVE.size(), active, "the demo's coaches are onboarded");
        assertEquals(3, dbsDue, "three demo coaches' DBS checks fall due within the month");
        assertEquals(0, unsupervised, "every active demo coach has been to supervision");
        assertEquals(List.of("DBS_EXPIRED"), holds, "one demo coach is on hold: their DBS check expired yesterday");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            int total = 0;
            for (String coach : coachIds) {
                int booked = callsInNextWeeks(coach, 10).size();
                assertTrue(booked <= 16, "coach " + coach + " has " + booked + " calls: more than two people");
                total += booked;
            }
            return total >= 8 * 80;
        });
    }

    @Test
    @Order(5)
    void theServicesLogsHoldNoPersonsNameOrPhoneNumber() throws IOException {
        List<String> names = new ArrayList<>(List.of("Brian", "Jones", "Aisha", "Khan"));
        names.addAll(List.of(DemoData.FEMALE_NAMES));
        names.addAll(List.of(DemoData.MALE_NAMES));
        names.addAll(List.of(DemoData.NEUTRAL_NAMES));
        names.addAll(List.of(DemoData.SURNAMES));
        Pattern personal = Pattern.compile("07700 ?900 ?\\d{3}|\\b(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")\\b");
        Path logDir = Path.of(System.getProperty("peercoaching.repo-root", "..")).resolve("suite/target/e2e-logs");
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> logs = Files.list(logDir)) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(log);
                assertTrue(lines.size() > 5, log + " should hold the service's log");
                for (String line : lines) {
                    if (personal.matcher(line).find()) {
                        leaks.add(log.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "names or phone numbers in the logs");
    }

    @Test
    @Order(6)
    void aProductionServiceRefusesToStartOnAMovableClock() throws Exception {
        Path logs = PostgresSuite.repoRoot().resolve("suite/target/e2e-logs/refused");
        Files.createDirectories(logs);
        Files.deleteIfExists(logs.resolve("matching-service.log"));
        ServiceProcess refused = ServiceProcess.start(PostgresSuite.repoRoot(), "matching-service",
                PostgresSuite.freePort(), Map.of(
                        "peercoaching.clock.simulated", "true",
                        "kafka.bootstrap.servers", suite.bootstrapServers(),
                        "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + production.postgres.getPort()
                                + "/matching",
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "postgres",
                        "JWT_ISSUER", DevTokens.ISSUER,
                        "JWT_PUBLIC_KEY_LOCATION", PostgresSuite.repoRoot()
                                .resolve("dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString()),
                logs, Suite.JVM_OPTIONS);
        try {
            IllegalStateException stopped = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> refused.awaitReady(Duration.ofSeconds(90)));
            assertTrue(stopped.getMessage().contains("stopped while starting"), stopped.getMessage());
            assertTrue(Files.readString(logs.resolve("matching-service.log"))
                    .contains("not allowed in the prod profile"), "the log says why it refused");
        } finally {
            refused.kill();
        }
    }

    @Test
    @Order(7)
    void twentyIdenticalReferralsSentAtOnceOnPostgresGiveOneCreatedAndNineteenOkWithTheSameReferral()
            throws Exception {
        String body = briansReferral("E2E-RETRY-" + UUID.randomUUID());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(DevTokens.pathway("rheumatology")).contentType(ContentType.JSON)
                            .body(body).when().post(matching() + "/api/v1/referrals");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<io.restassured.response.Response> answer : answers) {
                statuses.add(answer.get().statusCode());
                ids.add(answer.get().path("id"));
            }
            assertEquals(1, statuses.stream().filter(code -> code == 201).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(code -> code == 200).count(), statuses.toString());
            assertEquals(1, ids.size(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A rheumatology referral of Brian, low activation, free on Tuesdays 17:00-19:00. */
    static String briansReferral(String pathwayReferralId) {
        return """
                {"pathwayReferralId": "%s", "pathway": "rheumatology",
                 "person": {"firstName": "Brian", "lastName": "Jones", "phone": "07700 900123", "language": "en"},
                 "conditionCodes": ["69896004"],
                 "activation": {"instrument": "PAM-13", "score": 44.9, "level": 1, "measuredOn": "2026-11-02"},
                 "homeArea": {"imdDecile": 3},
                 "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "19:00"}],
                 "consent": {"contact": true, "shareGoalsWithClinicalTeam": true}}
                """.formatted(pathwayReferralId);
    }

    static void activateThroughOnboarding(String coachId) {
        Onboarding.activate(volunteers(), COORDINATOR, coachId);
    }

    static List<Map<String, Object>> callsInNextWeeks(String coachId, int weeks) {
        List<Map<String, Object>> calls = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (int w = 0; w < weeks; w++) {
            calls.addAll(given().auth().oauth2(DevTokens.volunteer(UUID.fromString(coachId)))
                    .queryParam("week", IsoWeeks.of(today.plusWeeks(w)))
                    .when().get(schedule() + "/api/v1/coaches/" + coachId + "/calls")
                    .then().statusCode(200).extract().jsonPath().getList("calls"));
        }
        return calls;
    }
}
