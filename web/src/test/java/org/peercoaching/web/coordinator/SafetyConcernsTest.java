package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;
import static org.peercoaching.web.coordinator.CoordinatorHomeTest.section;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/**
 * Issue #18: a safety concern on the coordinator's home says who (the person and the coach, with their phones),
 * what the volunteer wrote and when, crises first, and lets the coordinator phone, note what was done, tell the
 * clinical team and close it.
 */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class SafetyConcernsTest extends StubbedServicesTest {

    static final UUID AMINA = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
    static final UUID RED_FLAG = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID CRISIS = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final UUID SAFEGUARDING = UUID.fromString("55555555-5555-4555-8555-555555555555");
    static final UUID BRIAN = UUID.fromString("66666666-6666-4666-8666-666666666666");
    static final UUID PRIYA = UUID.fromString("77777777-7777-4777-8777-777777777777");

    @BeforeEach
    void services() {
        StubServices.reset();
        // in time order, as schedule-service lists them: the crisis came last
        StubServices.json(CoordinatorHomeTest.ALERTS, """
                [{"alertId":"%s","kind":"ESCALATION","category":"CLINICAL_RED_FLAG","coachId":"%s","referralId":"%s",
                  "detail":"Chest pain when walking","raisedAt":"2026-12-01T18:00:00Z","raisedBy":"volunteer-x",
                  "personFirstName":"Priya","personPhone":"07700 900456","stage":"WEEKLY","notes":[]},
                 {"alertId":"%s","kind":"ESCALATION","category":"SAFEGUARDING","coachId":"%s","referralId":"%s",
                  "detail":"Worried about someone at home","raisedAt":"2026-12-01T18:30:00Z",
                  "personFirstName":"Priya","personPhone":"07700 900456","stage":"WEEKLY","notes":[]},
                 {"alertId":"%s","kind":"ESCALATION","category":"CRISIS","coachId":"%s","referralId":"%s",
                  "detail":"Said they felt unsafe tonight","raisedAt":"2026-12-01T19:00:00Z","raisedBy":"volunteer-x",
                  "personFirstName":"Brian","personPhone":"07700 900123","stage":"FORTNIGHTLY",
                  "notes":[{"kind":"NOTE","note":"Rang Brian: no answer, left a message","by":"j.okafor",
                            "at":"2026-12-01T19:10:00Z"},
                           {"kind":"CLINICAL_ESCALATION","note":"Passed to the duty nurse","by":"k.mensah",
                            "at":"2026-12-01T19:20:00Z"}]}]"""
                .formatted(RED_FLAG, AMINA, PRIYA, SAFEGUARDING, AMINA, PRIYA, CRISIS, AMINA, BRIAN));
        StubServices.json("/matching/api/v1/referrals/" + BRIAN, """
                {"id":"%s","pathway":"copd","status":"IN_PROGRAMME","stage":"FORTNIGHTLY",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123",
                   "conditions":[{"code":"13645005","name":"COPD"}]}}""".formatted(BRIAN));
        StubServices.json("/matching/api/v1/referrals/" + PRIYA, """
                {"id":"%s","pathway":"msk","status":"IN_PROGRAMME",
                 "person":{"firstName":"Priya","lastName":"Shah","phone":"07700 900456","conditions":[]}}"""
                .formatted(PRIYA));
        StubServices.json(CoordinatorHomeTest.ROSTER, """
                {"items":[{"id":"%s","firstName":"Amina","lastName":"Hassan","phone":"07700 900999",
                  "status":"ACTIVE","competenceLevel":2,"flags":[]}],
                 "page":0,"size":200,"totalItems":1,"totalPages":1}""".formatted(AMINA));
        StubServices.json(CoordinatorHomeTest.PROPOSALS, "[]");
        StubServices.json(CoordinatorHomeTest.WAITING, "[]");
        StubServices.json(CoordinatorHomeTest.WEBHOOKS, "[]");
    }

    String home() {
        String page = withSession(coordinator).get("/coordinator").then().statusCode(200).extract().asString();
        noStackTrace(page);
        return page;
    }

    static String card(String page, UUID alertId) {
        int start = page.indexOf("data-alert=\"" + alertId + "\"");
        assertTrue(start >= 0, "card " + alertId + " in\n" + page);
        int end = page.indexOf("data-alert=\"", start + 20);
        return page.substring(start, end < 0 ? page.indexOf("</section>", start) : end);
    }

    @Test
    void aCrisisComesFirstThenSafeguardingThenAClinicalRedFlag() {
        String concerns = section(home(), "escalations");
        int crisis = concerns.indexOf("data-alert=\"" + CRISIS + "\"");
        int safeguarding = concerns.indexOf("data-alert=\"" + SAFEGUARDING + "\"");
        int redFlag = concerns.indexOf("data-alert=\"" + RED_FLAG + "\"");
        assertTrue(crisis >= 0 && crisis < safeguarding && safeguarding < redFlag, concerns);
    }

    @Test
    void aConcernSaysWhoWithBothPhonesWhatTheVolunteerWroteAndWhen() {
        String crisis = card(home(), CRISIS);
        assertTrue(crisis.contains("Brian Jones"), "the person's full name: " + crisis);
        assertTrue(crisis.contains("href=\"tel:07700900123\""), "the person's phone: " + crisis);
        assertTrue(crisis.contains("COPD"), "the pathway in words: " + crisis);
        assertTrue(crisis.contains("<a href=\"/coordinator/coaches/" + AMINA + "\">Amina Hassan</a>"), crisis);
        assertTrue(crisis.contains("href=\"tel:07700900999\""), "the coach's phone: " + crisis);
        assertTrue(crisis.contains("Said they felt unsafe tonight"), crisis);
        assertTrue(crisis.contains("Tuesday 1 December, 7pm"), "London time: " + crisis);
        assertTrue(crisis.contains("Fortnightly calls"), crisis);
        assertFalse(crisis.contains("FORTNIGHTLY"), crisis);
    }

    @Test
    void whatWasDoneIsShownWithWhoAndWhenAndTheClinicalTeamHavingBeenTold() {
        String crisis = card(home(), CRISIS);
        assertTrue(crisis.contains("Rang Brian: no answer, left a message"), crisis);
        assertTrue(crisis.contains("you, Tuesday 1 December, 7:10pm"), "your own note says you: " + crisis);
        assertTrue(crisis.contains("Told the clinical team"), crisis);
        assertTrue(crisis.contains("Passed to the duty nurse"), crisis);
        assertTrue(crisis.contains("k.mensah, Tuesday 1 December, 7:20pm"), crisis);
        assertFalse(crisis.contains("action=\"/coordinator/alerts/" + CRISIS + "/clinical-escalation\""),
                "the clinical team is told once: " + crisis);
        String redFlag = card(home(), RED_FLAG);
        assertTrue(redFlag.contains("action=\"/coordinator/alerts/" + RED_FLAG + "/notes\""), redFlag);
        assertTrue(redFlag.contains("action=\"/coordinator/alerts/" + RED_FLAG + "/clinical-escalation\""), redFlag);
        assertTrue(redFlag.contains("action=\"/coordinator/alerts/" + RED_FLAG + "/close\""), redFlag);
    }

    @Test
    void notingWhatWasDoneRecordsItThroughScheduleAndGoesBackHome() {
        StubServices.json("/schedule/api/v1/alerts/" + CRISIS + "/notes", "{}");
        withSession(coordinator).formParam("note", " Rang Brian again: spoke to him ")
                .post("/coordinator/alerts/" + CRISIS + "/notes").then().statusCode(303)
                .header("Location", endsWith("/coordinator#alert-" + CRISIS));
        StubServices.Call call = StubServices.CALLS.get(StubServices.CALLS.size() - 1);
        assertEquals("POST", call.method());
        assertEquals("/schedule/api/v1/alerts/" + CRISIS + "/notes", call.path());
        assertEquals("{\"note\":\"Rang Brian again: spoke to him\"}", call.body());
    }

    @Test
    void tellingTheClinicalTeamRecordsItThroughSchedule() {
        StubServices.json("/schedule/api/v1/alerts/" + RED_FLAG + "/clinical-escalation", "{}");
        withSession(coordinator).formParam("note", "Passed to Dr Patel's team")
                .post("/coordinator/alerts/" + RED_FLAG + "/clinical-escalation").then().statusCode(303);
        StubServices.Call call = StubServices.CALLS.get(StubServices.CALLS.size() - 1);
        assertEquals("/schedule/api/v1/alerts/" + RED_FLAG + "/clinical-escalation", call.path());
        assertEquals("{\"note\":\"Passed to Dr Patel's team\"}", call.body());
    }

    @Test
    void anEmptyNoteShowsTheMessageOnThatConcern() {
        StubServices.problem("/schedule/api/v1/alerts/" + CRISIS + "/notes", 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"note","message":"must not be blank"}]}""");
        String page = withSession(coordinator).formParam("note", "").post("/coordinator/alerts/" + CRISIS + "/notes")
                .then().statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("id=\"note-" + CRISIS + "-error\""), page);
        assertTrue(page.contains("Say what was done"), page);
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(page);
    }

    @Test
    void whenMatchingCannotSayWhoThePersonIsTheirFirstNameAndPhoneStillShow() {
        StubServices.status("/matching/api/v1/referrals/" + BRIAN, 503);
        String crisis = card(home(), CRISIS);
        assertTrue(crisis.contains("Brian"), crisis);
        assertTrue(crisis.contains("href=\"tel:07700900123\""), crisis);
        assertFalse(crisis.contains("null"), crisis);
    }
}
