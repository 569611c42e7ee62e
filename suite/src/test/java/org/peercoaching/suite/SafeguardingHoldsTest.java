package org.peercoaching.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;

/**
 * Safeguarding holds over three and a half months, through the public APIs of the three packaged services on
 * PostgreSQL and a real broker, on the simulated suite clock. One coach's DBS check falls due for renewal: their
 * coordinator is reminded 60, 30 and 7 days before, once each; on the day it passes they get no new people (a
 * new referral waits, saying why; a coordinator cannot choose them; an administrator must give a safeguarding
 * reason); a new DBS date lifts the hold and the waiting person is matched. Later their supervision lapses:
 * on hold after the grace period, lifted by attending.
 */
class SafeguardingHoldsTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate DBS_RENEWAL = START.plusDays(70);

    final String coordinator = DevTokens.coordinator(ProgrammeSimulation.COORDINATOR);
    final String admin = DevTokens.admin("safeguarding-lead");
    final String pathway = DevTokens.pathway(ProgrammeSimulation.PATHWAY);

    ProgrammeSimulation.Running running;
    String volunteers;
    String matching;
    String schedule;

    @Test
    void aCoachOnHoldGetsNoNewPeopleUntilTheirDbsCheckOrSupervisionIsPutRight() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ProgrammeSimulation.Running suite = PostgresSuite.simulated(postgres,
                        PostgresSuite.repoRoot().resolve("suite/target/safeguarding-holds"), START)) {
            running = suite;
            volunteers = suite.suite().url("volunteer-service");
            matching = suite.suite().url("matching-service");
            schedule = suite.suite().url("schedule-service");

            String coach = onboardCoachWithDbsRenewalOn(DBS_RENEWAL);
            String first = refer(1);
            assertEquals(coach, matchedCoachOf(first));
            assertEquals(List.of(), dbsReminders());

            moveTo(DBS_RENEWAL.minusDays(60));
            assertEquals(List.of("in 60 days"), dbsReminders());
            superviseOn(START.plusDays(28), coach);
            moveTo(DBS_RENEWAL.minusDays(30));
            assertEquals(List.of("in 60 days", "in 30 days"), dbsReminders());
            superviseOn(START.plusDays(56), coach);
            moveTo(DBS_RENEWAL.minusDays(7));
            assertEquals(List.of("in 60 days", "in 30 days", "in 7 days"), dbsReminders());

            moveTo(DBS_RENEWAL.minusDays(1));
            assertEquals(List.of(), holdsOf(coach).getList("holds"));

            // the renewal date comes: within that day's run the coach is on hold
            moveTo(DBS_RENEWAL);
            JsonPath held = holdsOf(coach);
            assertEquals("DBS_EXPIRED", held.getString("holds[0].reason"));
            assertEquals(DBS_RENEWAL.toString(), held.getString("holds[0].since"));
            assertEquals("On hold: DBS check expired on 15 March 2027", held.getString("holds[0].description"));
            String second = refer(2);
            assertEquals("WAITING", statusOf(second));
            waitingListSaysOnlyCoachesOnHoldFit(second);

            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", coach, "reason", "They know each other from the clinic"))
                    .when().post(matching + "/api/v1/referrals/" + second + "/override")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("coach-on-hold"))
                    .body("detail", containsString("DBS check expired on 15 March 2027"));
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", coach, "reason", "They know each other from the clinic"))
                    .when().post(matching + "/api/v1/referrals/" + second + "/override")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("safeguardingReason"));
            assertEquals("WAITING", statusOf(second));

            // a new DBS check lifts the hold at once: the person waiting is matched with the coach
            given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                    .body(Map.of("issuedOn", DBS_RENEWAL.toString(), "renewalDue", DBS_RENEWAL.plusYears(3).toString()))
                    .when().put(volunteers + "/api/v1/volunteers/" + coach + "/dbs").then().statusCode(200);
            settle();
            assertEquals(List.of(), holdsOf(coach).getList("holds"));
            assertEquals(coach, matchedCoachOf(second));

            // supervision last attended on day 56 is due by day 87; on hold after the 14-day grace period
            LocalDate supervisionDue = START.plusDays(56 + 31);
            moveTo(supervisionDue.plusDays(14));
            assertEquals(List.of(), holdsOf(coach).getList("holds"));
            moveTo(supervisionDue.plusDays(15));
            held = holdsOf(coach);
            assertEquals("SUPERVISION_OVERDUE", held.getString("holds[0].reason"));
            assertEquals(supervisionDue.plusDays(1).toString(), held.getString("holds[0].since"));
            String third = refer(3);
            waitingListSaysOnlyCoachesOnHoldFit(third);

            superviseOn(supervisionDue.plusDays(15), coach);
            assertEquals(List.of(), holdsOf(coach).getList("holds"));
            // the hold is gone; the coach's intake is full, so the person now waits only for room
            Map<String, Object> waiting = waitingEntry(third);
            assertEquals(false, waiting.get("noCoachFits"), waiting.toString());

            assertEquals(List.of("in 60 days", "in 30 days", "in 7 days"), dbsReminders(), "each reminder once");
        }
    }

    private String onboardCoachWithDbsRenewalOn(LocalDate renewalDue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Aisha");
        body.put("lastName", "Khan");
        body.put("phone", "07700 900456");
        body.put("gender", "FEMALE");
        body.put("imdDecile", 2);
        body.put("languages", List.of("en"));
        body.put("conditionCodes", List.of("69896004"));
        body.put("callWindows", ProgrammeSimulation.WINDOWS);
        body.put("competenceLevel", 1);
        String id = given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(body)
                .when().post(volunteers + "/api/v1/volunteers").then().statusCode(201).extract().path("id");
        CoachOnboarding.fromApplicantToActive(Onboarding.steps(volunteers + "/api/v1/volunteers/" + id, coordinator),
                CoachOnboarding.Dates.usual(START, "j.okafor").withDbsIssuedOn(renewalDue.minusYears(3), null));
        settle();
        return id;
    }

    private String refer(int n) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pathwayReferralId", "HOLD-" + n);
        body.put("pathway", ProgrammeSimulation.PATHWAY);
        body.put("person", Map.of("firstName", "Person" + n, "lastName", "Held", "phone", "07700 90300" + n,
                "language", "en"));
        body.put("conditionCodes", List.of("69896004"));
        body.put("activation", Map.of("instrument", "PAM-13", "score", 40.0, "level", 1,
                "measuredOn", today().minusDays(7).toString()));
        body.put("homeArea", Map.of("imdDecile", 2));
        body.put("callWindows", ProgrammeSimulation.WINDOWS);
        body.put("consent", Map.of("contact", true, "shareGoalsWithClinicalTeam", true));
        String id = given().auth().oauth2(pathway).contentType(ContentType.JSON).body(body)
                .when().post(matching + "/api/v1/referrals").then().statusCode(201).extract().path("id");
        settle();
        return id;
    }

    private String statusOf(String referralId) {
        return given().auth().oauth2(pathway).when().get(matching + "/api/v1/referrals/" + referralId)
                .then().statusCode(200).extract().path("status");
    }

    private String matchedCoachOf(String referralId) {
        String status = statusOf(referralId);
        assertTrue(status.equals("MATCHED") || status.equals("IN_PROGRAMME"), "matched, not " + status);
        return given().auth().oauth2(coordinator).when().get(matching + "/api/v1/referrals/" + referralId)
                .then().statusCode(200).extract().path("coach.volunteerId");
    }

    private JsonPath holdsOf(String coachId) {
        return given().auth().oauth2(coordinator).when().get(volunteers + "/api/v1/volunteers/" + coachId)
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, Object> waitingEntry(String referralId) {
        List<Map<String, Object>> list = given().auth().oauth2(coordinator).when()
                .get(matching + "/api/v1/waiting-list").then().statusCode(200).extract().jsonPath().getList("$");
        return list.stream().filter(p -> referralId.equals(p.get("referralId"))).findFirst()
                .orElseThrow(() -> new AssertionError(referralId + " is not on the waiting list: " + list));
    }

    private void waitingListSaysOnlyCoachesOnHoldFit(String referralId) {
        Map<String, Object> waiting = waitingEntry(referralId);
        assertEquals(true, waiting.get("noCoachFits"), waiting.toString());
        assertEquals("The only coaches who fit them are on hold (DBS check expired or supervision overdue)",
                waiting.get("noCoachFitsReason"));
    }

    private void superviseOn(LocalDate day, String coachId) {
        moveTo(day);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "ONE_TO_ONE", "heldOn", day.toString(), "facilitator", "j.okafor",
                        "attendees", List.of(coachId)))
                .when().post(volunteers + "/api/v1/supervision-sessions").then().statusCode(201);
        settle();
    }

    /** The DBS renewal alerts on the coordinator's list, oldest first, as "in N days". */
    private List<String> dbsReminders() {
        List<Map<String, Object>> alerts = given().auth().oauth2(coordinator).when()
                .get(schedule + "/api/v1/alerts?state=all").then().statusCode(200).extract().jsonPath().getList("$");
        return alerts.stream().filter(a -> "DBS_RENEWAL_DUE".equals(a.get("kind")))
                .peek(a -> assertEquals(null, a.get("planId")))
                .peek(a -> assertTrue(((String) a.get("detail")).contains("15 March 2027"), a.toString()))
                .map(a -> ((String) a.get("detail")).replaceAll(".*, (in \\d+ days)\\..*", "$1"))
                .sorted((x, y) -> Integer.compare(days(y), days(x)))
                .toList();
    }

    private static int days(String inDays) {
        return Integer.parseInt(inDays.replaceAll("\\D", ""));
    }

    /** Moves every service's clock to 09:00 London on that day, running what fell due on the way, and settles. */
    private void moveTo(LocalDate day) {
        running.time().advanceTo(day.atTime(LocalTime.of(9, 0)).atZone(SimulationClock.LONDON).toInstant(),
                "Bearer " + admin);
        settle();
    }

    private void settle() {
        running.time().settle("Bearer " + admin);
    }

    private LocalDate today() {
        return running.time().status("Bearer " + admin).now().atZone(SimulationClock.LONDON).toLocalDate();
    }
}
