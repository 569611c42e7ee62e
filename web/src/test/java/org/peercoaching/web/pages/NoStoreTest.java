package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.signedOut;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/**
 * Personal data is never kept by the browser: after signing out, Back must not show a cached coach page with phone
 * numbers. Every signed-in page, every page answer that carries personal data (errors included) and the calendar
 * feed say Cache-Control: no-store (and Pragma: no-cache for old proxies).
 */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class NoStoreTest extends StubbedServicesTest {

    static final UUID COACH = UUID.fromString("4a1c2d3e-5f60-4718-9a2b-3c4d5e6f7a8b");
    final String volunteer = DevTokens.volunteer(COACH);

    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        StubServices.json("/volunteer/api/v1/volunteers/" + COACH, """
                {"id":"%s","firstName":"Zainab","lastName":"Ali","phone":"07700 900456","status":"ACTIVE",
                 "competenceLevel":3,"languages":["en"],"flags":[],"holds":[],
                 "capacity":{"activePeople":1,"peopleByStage":"WEEKLY","room":2}}""".formatted(COACH));
        StubServices.json("/volunteer/api/v1/volunteers/" + COACH + "/supervision-sessions", "[]");
        StubServices.json("/schedule/api/v1/coaches/" + COACH + "/calls", "{\"coachId\":\"" + COACH + "\",\"calls\":[]}");
        StubServices.json("/schedule/api/v1/coaches/" + COACH + "/people", "{\"coachId\":\"" + COACH + "\",\"people\":[]}");
        StubServices.json("/matching/api/v1/waiting-list", "[]");
        StubServices.json("/matching/api/v1/matches", "[]");
        StubServices.only("/schedule/api/v1/calendars/abcdefghijklmnop1234.ics", "text/calendar",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    static void notStored(Response response, String what) {
        String cacheControl = response.header("Cache-Control");
        assertTrue(cacheControl != null && cacheControl.contains("no-store"), what + ": Cache-Control " + cacheControl);
        assertEquals("no-cache", response.header("Pragma"), what);
    }

    @Test
    void aCoachPageWithPhoneNumbersIsNeverStored() {
        Response page = withSession(coordinator).get("/coordinator/coaches/" + COACH);
        assertEquals(200, page.statusCode(), page.asString());
        assertTrue(page.asString().contains("07700 900456"), "the page under test carries a phone number");
        notStored(page, "coach page");
    }

    @Test
    void everySignedInPageIsNeverStored() {
        for (String path : new String[] {"/coordinator/proposals", "/coordinator/import"}) {
            Response page = withSession(coordinator).get(path);
            assertEquals(200, page.statusCode(), path + ": " + page.asString());
            notStored(page, path);
        }
        Response week = withSession(volunteer).get("/volunteer");
        assertEquals(200, week.statusCode(), week.asString());
        notStored(week, "volunteer week");
    }

    @Test
    void errorPagesRedirectsAndTheCalendarFeedAreNeverStoredEither() {
        Response missing = withSession(coordinator).get("/coordinator/coaches/" + UUID.randomUUID());
        assertEquals(404, missing.statusCode());
        notStored(missing, "a signed-in 404");
        notStored(signedOut().get("/coordinator/coaches/" + COACH), "the redirect to sign in");
        notStored(signedOut().get("/sign-in"), "the sign-in page");
        notStored(withSession(coordinator).post("/sign-out"), "signing out");
        notStored(signedOut().get("/calendars/abcdefghijklmnop1234.ics"), "the calendar feed");
    }

    @Test
    void theStylesheetMayStillBeCached() {
        Response css = signedOut().get("/assets/app.css");
        assertEquals(200, css.statusCode());
        String cacheControl = css.header("Cache-Control");
        assertTrue(cacheControl == null || !cacheControl.contains("no-store"), "static files carry no personal data");
    }
}
