package org.peercoaching.web.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/**
 * Issue #18: the coach page gives a coordinator each person in full (name, phone, conditions, stage, next call),
 * and an applicant's page takes them through onboarding, step by step, with leaving a secondary action.
 */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class CoachPageForCoordinatorsTest extends StubbedServicesTest {

    static final UUID NIA = UUID.fromString("9a1c2d3e-5f60-4718-9a2b-3c4d5e6f7a8b");
    static final UUID BRIAN = UUID.fromString("66666666-6666-4666-8666-666666666666");
    static final String COACH = "/volunteer/api/v1/volunteers/" + NIA;
    static final UUID PLAN = UUID.fromString("12121212-1212-4121-8121-121212121212");

    @BeforeEach
    void services() {
        StubServices.reset();
        coachIs("ACTIVE", "null");
        StubServices.json(COACH + "/supervision-sessions", "[]");
        StubServices.json("/schedule/api/v1/coaches/" + NIA + "/calls", "{\"coachId\":\"" + NIA + "\",\"calls\":[]}");
        StubServices.json("/schedule/api/v1/coaches/" + NIA + "/people", """
                {"coachId":"%s","people":[{"planId":"%s","referralId":"%s","personFirstName":"Brian",
                  "stage":"FORTNIGHTLY","status":"ACTIVE","nextCallAt":"2026-12-01T18:00:00Z","callsCompleted":6,
                  "callsMissed":1,"totalCalls":14}]}""".formatted(NIA, PLAN, BRIAN));
        StubServices.json("/schedule/api/v1/plans/" + PLAN, """
                {"planId":"%s","referralId":"%s","stage":"FORTNIGHTLY","status":"ACTIVE","calls":[],
                 "lastTalk":{"callNumber":6,"startsAt":"2026-11-17T18:00:00Z","confidence":6,
                   "goal":"Walk to the shop twice a week","wayForward":"Try Tuesday with pacing"}}""".formatted(PLAN, BRIAN));
        StubServices.json("/matching/api/v1/referrals/" + BRIAN, """
                {"id":"%s","pathway":"copd","status":"IN_PROGRAMME",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123",
                   "conditions":[{"code":"13645005","name":"Chronic obstructive lung disease"}]}}""".formatted(BRIAN));
    }

    static void coachIs(String status, String onboarding) {
        StubServices.json(COACH, """
                {"id":"%s","firstName":"Nia","lastName":"Evans","phone":"07700 900777","status":"%s",
                 "competenceLevel":1,"languages":["en"],"flags":[],"holds":[],"onboarding":%s,
                 "conditionCodes":["69896004"],"conditions":[{"code":"69896004","name":"Rheumatoid arthritis"}]}"""
                .formatted(NIA, status, onboarding));
    }

    String page() {
        String page = withSession(coordinator).get("/coordinator/coaches/" + NIA).then().statusCode(200)
                .extract().asString();
        noStackTrace(page);
        return page;
    }

    static String people(String page) {
        int start = page.indexOf("<h2 id=\"their-people\">");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void eachPersonShowsTheirFullNamePhoneConditionsStageAndNextCall() {
        String people = people(page());
        assertTrue(people.contains("Brian Jones"), people);
        assertTrue(people.contains("href=\"tel:07700900123\""), people);
        assertTrue(people.contains("Chronic obstructive lung disease"), people);
        assertTrue(people.contains("Fortnightly"), people);
        assertFalse(people.contains("FORTNIGHTLY"), people);
        assertTrue(people.contains("Tuesday 1 December, 6pm"), people);
    }

    @Test
    void eachPersonShowsTheGoalNextStepAndConfidenceFromTheirLastCall() {
        String people = people(page());
        assertTrue(people.contains("Walk to the shop twice a week"), people);
        assertTrue(people.contains("Try Tuesday with pacing"), people);
        assertTrue(people.contains("Confidence 6 out of 10"), people);
        assertTrue(people.contains("Tuesday 17 November"), "when that call was: " + people);
    }

    @Test
    void theCoachsOwnConditionsAreInWords() {
        String page = page();
        assertTrue(page.contains("<dt>Lives with</dt><dd>Rheumatoid arthritis</dd>"), page);
        assertFalse(page.contains("69896004"), "no codes: " + page);
    }

    @Test
    void whenMatchingCannotSayWhoAPersonIsTheirFirstNameStillShows() {
        StubServices.status("/matching/api/v1/referrals/" + BRIAN, 503);
        String people = people(page());
        assertTrue(people.contains("Brian"), people);
        assertFalse(people.contains("null"), people);
    }

    @Test
    void anApplicantsPageOffersTheFirstOnboardingStepAndLeavingIsSecondary() {
        coachIs("APPLICANT", "null");
        String page = page();
        assertTrue(page.contains("action=\"/coordinator/coaches/" + NIA + "/onboarding/start-training\""), page);
        assertTrue(page.contains("Start training"), page);
        assertFalse(page.contains("button--warning"), "leaving is not the page's main action: " + page);
        assertTrue(page.contains("Nia is leaving"), "still there, as a secondary action: " + page);
    }

    @Test
    void aCoachInTrainingCanRecordModulesAndAPracticeSessionThenCompleteTraining() {
        coachIs("IN_TRAINING", "{\"trainingModulesCompletedOn\":null,\"practiceSessions\":[]}");
        String page = page();
        assertTrue(page.contains("action=\"/coordinator/coaches/" + NIA + "/onboarding/modules-completed\""), page);
        assertTrue(page.contains("action=\"/coordinator/coaches/" + NIA + "/onboarding/practice-session\""), page);
        assertFalse(page.contains("/onboarding/complete-training"), "not before modules and practice: " + page);
        coachIs("IN_TRAINING", """
                {"trainingModulesCompletedOn":"2026-11-20",
                 "practiceSessions":[{"id":"%s","heldOn":"2026-11-25","facilitator":"j.okafor"}]}"""
                .formatted(UUID.randomUUID()));
        assertTrue(page().contains("action=\"/coordinator/coaches/" + NIA + "/onboarding/complete-training\""));
    }

    @Test
    void aReadyCoachWithADbsCheckCanBeActivated() {
        coachIs("READY", """
                {"trainingModulesCompletedOn":"2026-11-20",
                 "practiceSessions":[{"id":"%s","heldOn":"2026-11-25","facilitator":"j.okafor"}],
                 "dbs":{"issuedOn":"2026-11-01","renewalDue":"2029-11-01"}}""".formatted(UUID.randomUUID()));
        assertTrue(page().contains("action=\"/coordinator/coaches/" + NIA + "/onboarding/activate\""));
    }

    @Test
    void eachStepCallsVolunteerServiceAndGoesBackToTheCoach() {
        StubServices.json(COACH + "/training/modules-completed", "{}");
        withSession(coordinator).formParam("completedOn", "20/11/2026")
                .post("/coordinator/coaches/" + NIA + "/onboarding/modules-completed").then().statusCode(303);
        StubServices.Call call = StubServices.CALLS.get(StubServices.CALLS.size() - 1);
        assertEquals(COACH + "/training/modules-completed", call.path());
        assertEquals("{\"completedOn\":\"2026-11-20\"}", call.body());

        StubServices.json(COACH + "/training/practice-sessions", "{}");
        withSession(coordinator).formParam("heldOn", "2026-11-25").formParam("facilitator", "j.okafor")
                .post("/coordinator/coaches/" + NIA + "/onboarding/practice-session").then().statusCode(303);
        call = StubServices.CALLS.get(StubServices.CALLS.size() - 1);
        assertEquals(COACH + "/training/practice-sessions", call.path());
        assertEquals("{\"heldOn\":\"2026-11-25\",\"facilitator\":\"j.okafor\"}", call.body());

        for (String step : new String[] {"start-training", "complete-training", "activate"}) {
            StubServices.json(COACH + "/" + step, "{}");
            withSession(coordinator).post("/coordinator/coaches/" + NIA + "/onboarding/" + step).then()
                    .statusCode(303);
            assertEquals(COACH + "/" + step, StubServices.CALLS.get(StubServices.CALLS.size() - 1).path());
        }
    }

    @Test
    void activatingTooSoonSaysWhatIsMissingInPlainEnglish() {
        coachIs("READY", "null");
        StubServices.problem(COACH + "/activate", 422, """
                {"title":"Unprocessable","status":422,"detail":"status must be READY",
                 "errors":[{"field":"dbs","message":"no in-date DBS check"}]}""");
        String page = withSession(coordinator).post("/coordinator/coaches/" + NIA + "/onboarding/activate").then()
                .statusCode(422).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("Record an in-date DBS check first"), page);
        assertFalse(page.contains("no in-date DBS check"), "not the service's words: " + page);
    }
}
