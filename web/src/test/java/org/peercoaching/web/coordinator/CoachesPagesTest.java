package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class CoachesPagesTest extends StubbedServicesTest {

    static final String ROSTER = "/volunteer/api/v1/volunteers";
    static final UUID ZAINAB = UUID.fromString("4a1c2d3e-5f60-4718-9a2b-3c4d5e6f7a8b");
    static final UUID BEN = UUID.fromString("5b2d3e4f-6071-4829-8b3c-4d5e6f7a8b9c");
    static final String COACH = ROSTER + "/" + ZAINAB;
    static final String DBS_HOLD = "On hold: DBS check expired on 3 March 2027";
    static final String SUPERVISION_HOLD = "On hold: supervision overdue since 15 February 2027";
    static final String WHAT_A_HOLD_MEANS =
            "They get no new people until this is put right; the people they already coach continue.";
    static final List<String> FLAG_CODES = List.of("SUPERVISION_OVERDUE", "DBS_RENEWAL_DUE", "DBS_EXPIRED",
            "PAUSE_OVERRUN", "KIT_DUE_BACK");



    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        StubServices.json(ROSTER, """
                {"items":[{"id":"%s","firstName":"Zainab","lastName":"Ali","status":"ACTIVE","competenceLevel":3,
                  "capacity":{"activePeople":3,"peopleByStage":"FORTNIGHTLY=1,WEEKLY=2","room":1},
                  "flags":["DBS_EXPIRED","SUPERVISION_OVERDUE","KIT_DUE_BACK"],
                  "holds":[{"reason":"DBS_EXPIRED","since":"2027-03-03","description":"%s"},
                           {"reason":"SUPERVISION_OVERDUE","since":"2027-02-15","description":"%s"}]},
                  {"id":"%s","firstName":"Ben","lastName":"Lloyd","status":"PAUSED","competenceLevel":2,
                  "flags":["PAUSE_OVERRUN","DBS_RENEWAL_DUE"]}],
                 "page":1,"size":100,"totalItems":2,"totalPages":1}"""
                .formatted(ZAINAB, DBS_HOLD, SUPERVISION_HOLD, BEN));
        StubServices.json(COACH, coach("""
                [{"reason":"DBS_EXPIRED","since":"2027-03-03","description":"%s"},
                 {"reason":"SUPERVISION_OVERDUE","since":"2027-02-15","description":"%s"}]"""
                .formatted(DBS_HOLD, SUPERVISION_HOLD), "[\"DBS_EXPIRED\",\"SUPERVISION_OVERDUE\",\"KIT_DUE_BACK\"]"));
        StubServices.json(COACH + "/supervision-sessions", "[]");
        StubServices.json("/schedule/api/v1/coaches/" + ZAINAB + "/calls", "{\"coachId\":\"" + ZAINAB + "\",\"calls\":[]}");
        StubServices.json("/schedule/api/v1/coaches/" + ZAINAB + "/people", """
                {"coachId":"%s","people":[{"planId":"%s","referralId":"%s","personFirstName":"Priya","stage":"WEEKLY",
                  "status":"ACTIVE","callsCompleted":3,"callsMissed":0,"totalCalls":12}]}"""
                .formatted(ZAINAB, UUID.randomUUID(), UUID.randomUUID()));
    }

    static String coach(String holds, String flags) {
        return """
                {"id":"%s","firstName":"Zainab","lastName":"Ali","phone":"07700 900456","status":"ACTIVE",
                 "competenceLevel":3,"languages":["en"],"flags":%s,"holds":%s,
                 "capacity":{"activePeople":1,"peopleByStage":"WEEKLY","room":2}}""".formatted(ZAINAB, flags, holds);
    }

    String page(String path) {
        String page = withSession(coordinator).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        return page;
    }

    static String rowOf(String page, String name) {
        int at = page.indexOf(name);
        assertTrue(at >= 0, name + " in\n" + page);
        return page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
    }

    @Test
    void theRosterShowsACoachOnHoldWithEachHoldInRed() {
        String page = page("/coordinator/coaches");
        String zainab = rowOf(page, "Zainab Ali");
        assertTrue(zainab.contains("<span class=\"tag tag--red\">" + DBS_HOLD + "</span>"), zainab);
        assertTrue(zainab.contains("<span class=\"tag tag--red\">" + SUPERVISION_HOLD + "</span>"), zainab);
        assertTrue(zainab.contains("Loaned kit due back"), zainab);
        assertFalse(zainab.contains(">DBS expired<"), "the flag would only repeat the hold: " + zainab);

        String ben = rowOf(page, "Ben Lloyd");
        assertFalse(ben.contains("On hold"), "a coach the service sends no holds for is not on hold: " + ben);
        assertFalse(ben.contains("tag--red"), ben);
    }

    @Test
    void theHintsAndErrorsOnTheCoachPagesAreLinkedToTheirFields() {
        StubServices.json("/matching/api/v1/matches", "[]");
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(page("/coordinator/coaches/" + ZAINAB));
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(page("/coordinator/coaches/" + ZAINAB + "/pause"));
        StubServices.problem(COACH + "/pause", 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"reason","message":"must not be blank"},
                  {"field":"until","message":"must be a future date"}]}""");
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(coordinator).formParam("reason", "")
                .formParam("kind", "LONG").post("/coordinator/coaches/" + ZAINAB + "/pause").then().statusCode(400).extract().asString());
    }

    @Test
    void theRosterShowsEachCoachsPeopleByStageInWords() {
        String zainab = rowOf(page("/coordinator/coaches"), "Zainab Ali");
        assertTrue(zainab.contains("1 fortnightly, 2 weekly"), zainab);
        assertFalse(zainab.contains("=") && zainab.contains("WEEKLY") || zainab.contains("Weekly=2"), zainab);
    }

    @Test
    void theRosterShowsFlagsInWordsNotCodes() {
        String page = page("/coordinator/coaches");
        String ben = rowOf(page, "Ben Lloyd");
        assertTrue(ben.contains("<span class=\"tag tag--yellow\">Pause has run past its end date</span>"), ben);
        assertTrue(ben.contains("<span class=\"tag tag--yellow\">DBS renewal due</span>"), ben);
        for (String code : FLAG_CODES) {
            assertFalse(page.contains(code), code + " shown as a code:\n" + page);
        }
    }

    @Test
    void theCoachPageSaysTheCoachIsOnHoldWhyAndWhatThatMeans() {
        String page = page("/coordinator/coaches/" + ZAINAB);
        assertTrue(page.contains("<span class=\"tag tag--red\">On hold</span></h1>"), page);
        int banner = page.indexOf("<div class=\"inset inset--urgent\" id=\"holds\">");
        assertTrue(banner >= 0, page);
        String holds = page.substring(banner, page.indexOf("</div>", banner));
        assertTrue(holds.contains("<h2>Zainab is on hold</h2>"), holds);
        assertTrue(holds.contains("<li><strong>" + DBS_HOLD + "</strong>"), holds);
        assertTrue(holds.contains("<li><strong>" + SUPERVISION_HOLD + "</strong>"), holds);
        assertTrue(holds.contains(WHAT_A_HOLD_MEANS), holds);
        assertTrue(page.contains("<span class=\"tag tag--yellow\">Loaned kit due back</span>"), page);
        for (String code : FLAG_CODES) {
            assertFalse(page.contains(code), code + " shown as a code:\n" + page);
        }
        assertTrue(page.contains("Priya"), "their current people still show: " + page);
    }

    @Test
    void aHoldWithNoDescriptionStillReadsAsASentence() {
        StubServices.json(COACH, coach("""
                [{"reason":"DBS_EXPIRED","since":"2027-03-03","description":null},
                 {"reason":"SUPERVISION_OVERDUE","since":"2027-02-15"}]""", "[]"));
        String page = page("/coordinator/coaches/" + ZAINAB);
        assertTrue(page.contains("<li><strong>" + DBS_HOLD + "</strong>"), page);
        assertTrue(page.contains("<li><strong>" + SUPERVISION_HOLD + "</strong>"), page);
        assertFalse(page.matches("(?s).*\\bnull\\b.*"), page);
    }

    @Test
    void aCoachNotOnHoldOrFromAnOlderServiceHasNoHoldBanner() {
        for (String holds : List.of("[]", "null")) {
            StubServices.json(COACH, coach(holds, "[\"SUPERVISION_OVERDUE\"]"));
            String page = page("/coordinator/coaches/" + ZAINAB);
            assertFalse(page.contains("id=\"holds\""), page);
            assertFalse(page.contains("On hold"), page);
            assertFalse(page.contains(WHAT_A_HOLD_MEANS), page);
            assertTrue(page.contains("<span class=\"tag tag--yellow\">Supervision overdue</span>"), page);
        }
        StubServices.json(COACH, """
                {"id":"%s","firstName":"Zainab","lastName":"Ali","phone":"07700 900456","status":"ACTIVE",
                 "competenceLevel":3}"""
                .formatted(ZAINAB));
        assertFalse(page("/coordinator/coaches/" + ZAINAB).contains("On hold"), "no holds field at all");
    }
}
