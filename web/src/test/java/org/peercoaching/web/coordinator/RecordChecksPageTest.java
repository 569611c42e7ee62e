package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/** Recording a coach's new DBS check or a supervision session they attended, from their page (issue #16). */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class RecordChecksPageTest extends StubbedServicesTest {

    static final UUID ZAINAB = UUID.fromString("4a1c2d3e-5f60-4718-9a2b-3c4d5e6f7a8b");
    static final String COACH = "/volunteer/api/v1/volunteers/" + ZAINAB;
    static final String DBS = COACH + "/dbs";
    static final String SESSIONS = "/volunteer/api/v1/supervision-sessions";
    static final String PAGE = "/coordinator/coaches/" + ZAINAB;
    static final String DBS_HOLD = "On hold: DBS check expired on 3 March 2027";
    static final String SUPERVISION_HOLD = "On hold: supervision overdue since 15 February 2027";
    static final String DBS_HELD = """
            [{"reason":"DBS_EXPIRED","since":"2027-03-03","description":"%s"}]""".formatted(DBS_HOLD);
    static final String SUPERVISION_HELD = """
            [{"reason":"SUPERVISION_OVERDUE","since":"2027-02-15","description":"%s"}]""".formatted(SUPERVISION_HOLD);
    static final String BOTH_HELD = """
            [{"reason":"DBS_EXPIRED","since":"2027-03-03","description":"%s"},
             {"reason":"SUPERVISION_OVERDUE","since":"2027-02-15","description":"%s"}]"""
            .formatted(DBS_HOLD, SUPERVISION_HOLD);
    static final ObjectMapper JSON = new ObjectMapper();



    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        StubServices.json(COACH, coach("ACTIVE", "ONE_TO_ONE", BOTH_HELD));
        StubServices.json(COACH + "/supervision-sessions", "[]");
        StubServices.json("/schedule/api/v1/coaches/" + ZAINAB + "/calls", "{\"coachId\":\"" + ZAINAB + "\",\"calls\":[]}");
        StubServices.json("/schedule/api/v1/coaches/" + ZAINAB + "/people", "{\"coachId\":\"" + ZAINAB + "\",\"people\":[]}");
    }

    static String coach(String status, String supervisionMode, String holds) {
        return """
                {"id":"%s","firstName":"Zainab","lastName":"Ali","phone":"07700 900456","status":"%s",
                 "competenceLevel":3,"languages":["en"],"supervisionMode":"%s","holds":%s,
                 "onboarding":{"dbs":{"issuedOn":"2024-03-03","renewalDue":"2027-03-03"}},
                 "capacity":{"activePeople":1,"peopleByStage":"WEEKLY","room":2}}"""
                .formatted(ZAINAB, status, supervisionMode, holds);
    }

    String page(String path) {
        String page = withSession(coordinator).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        return page;
    }

    /** The one-off message the redirect carries to the coach's page. */
    static String flash(ExtractableResponse<Response> redirect) {
        String cookie = redirect.cookie("pc_notice");
        assertTrue(cookie != null && !cookie.isBlank(), "a notice goes with the redirect");
        return new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    static StubServices.Call lastCallTo(String path) {
        List<StubServices.Call> calls = StubServices.CALLS.stream().filter(c -> c.path().equals(path)).toList();
        assertFalse(calls.isEmpty(), "nothing was sent to " + path);
        return calls.get(calls.size() - 1);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String section(String page, String startMarker, String end) {
        int at = page.indexOf(startMarker);
        assertTrue(at >= 0, startMarker + " in\n" + page);
        return page.substring(at, page.indexOf(end, at));
    }

    @Test
    void theCoachPageHasAFormToRecordADbsCheckByTheOnboardingList() {
        String page = page(PAGE);
        String form = section(page, "<form method=\"post\" action=\"" + PAGE + "/dbs\"", "</form>");
        assertTrue(page.indexOf("<h2>Onboarding</h2>") < page.indexOf(form)
                && page.indexOf(form) < page.indexOf("<h2>Supervision</h2>"), "between onboarding and supervision");
        assertTrue(form.contains("<h3 id=\"record-dbs\" tabindex=\"-1\">Record a DBS check</h3>"), form);
        assertTrue(form.contains("<label for=\"issuedOn\">Date issued</label>"), form);
        assertTrue(form.contains("<input id=\"issuedOn\" name=\"issuedOn\" type=\"date\" value=\"\""), form);
        assertTrue(form.contains("<label for=\"renewalDue\">Renewal due</label>"), form);
        assertTrue(form.contains("<input id=\"renewalDue\" name=\"renewalDue\" type=\"date\""), form);
        assertTrue(form.contains("<label for=\"certificateNumber\">Certificate number (optional)</label>"), form);
        assertTrue(form.contains("aria-describedby=\"certificateNumber-hint\""), form);
        assertTrue(form.contains("<button class=\"button\" type=\"submit\">Record DBS check</button>"), form);
        assertFalse(page.contains("error-summary"), "no problems before anything is posted");
    }

    @Test
    void theSupervisionFormIsForThisCoachRunByTheSignedInCoordinatorOfTheirUsualKind() {
        String form = section(page(PAGE), "<form method=\"post\" action=\"" + PAGE + "/supervision\"", "</form>");
        assertTrue(form.contains("<h3 id=\"record-supervision\" tabindex=\"-1\">Record supervision attended</h3>"), form);
        assertTrue(form.contains("This records that Zainab attended."), form);
        assertTrue(form.contains("<label for=\"heldOn\">Date held</label>"), form);
        assertTrue(form.contains("<input id=\"facilitator\" name=\"facilitator\" type=\"text\" autocomplete=\"off\""
                + " spellcheck=\"false\" value=\"j.okafor\""), form);
        assertTrue(form.contains("<legend>Kind of session</legend>"), form);
        assertTrue(form.contains("value=\"ONE_TO_ONE\" checked> One-to-one"), form);
        assertTrue(form.contains("value=\"GROUP\" > Group"), form);

        StubServices.json(COACH, coach("ACTIVE", "GROUP", "[]"));
        form = section(page(PAGE), "<form method=\"post\" action=\"" + PAGE + "/supervision\"", "</form>");
        assertTrue(form.contains("value=\"GROUP\" checked> Group"), form);
        assertTrue(form.contains("<div class=\"hint\" id=\"kind-hint\">Zainab usually has group supervision</div>"), form);
        assertTrue(form.contains("id=\"kind\" aria-describedby=\"kind-hint\">"), form);
    }

    @Test
    void aCoachOnHoldHasALinkFromEachHoldToTheFormThatLiftsIt() {
        String page = page(PAGE);
        String holds = section(page, "<div class=\"inset inset--urgent\" id=\"holds\">", "</div>");
        assertTrue(holds.contains("<li><strong>" + DBS_HOLD + "</strong> <a href=\"#record-dbs\">Record the new DBS check</a></li>"), holds);
        assertTrue(holds.contains("<li><strong>" + SUPERVISION_HOLD + "</strong> <a href=\"#record-supervision\">"
                + "Record supervision attended</a></li>"), holds);
        assertTrue(page.contains("id=\"record-dbs\""), page);
        assertTrue(page.contains("id=\"record-supervision\""), page);

        StubServices.json(COACH, coach("ACTIVE", "ONE_TO_ONE", SUPERVISION_HELD));
        holds = section(page(PAGE), "<div class=\"inset inset--urgent\" id=\"holds\">", "</div>");
        assertFalse(holds.contains("Record the new DBS check"), "only the hold there is: " + holds);
        assertTrue(holds.contains("Record supervision attended"), holds);
    }

    @Test
    void aCoachWhoHasLeftHasNoFormsToRecordChecks() {
        StubServices.json(COACH, coach("LEFT", "ONE_TO_ONE", "[]"));
        String page = page(PAGE);
        assertFalse(page.contains(PAGE + "/dbs"), page);
        assertFalse(page.contains(PAGE + "/supervision"), page);
    }

    @Test
    void recordingADbsCheckSendsItToTheServiceAndSaysTheHoldIsLifted() {
        StubServices.json(DBS, coach("ACTIVE", "ONE_TO_ONE", "[]"));
        ExtractableResponse<Response> redirect = withSession(coordinator).formParam("issuedOn", "2026-10-01")
                .formParam("renewalDue", "2029-10-01").formParam("certificateNumber", " 0012 3456 7890 ")
                .post(PAGE + "/dbs").then().statusCode(303).header("Location", endsWith(PAGE)).extract();

        StubServices.Call put = lastCallTo(DBS);
        assertEquals("PUT", put.method());
        assertEquals("Bearer " + coordinator, put.authorization(), "as the signed-in coordinator");
        assertEquals(json("""
                {"issuedOn":"2026-10-01","renewalDue":"2029-10-01","certificateNumber":"001234567890"}"""),
                json(put.body()));
        assertEquals("DBS check recorded. Zainab is no longer on hold.", flash(redirect));
        withSession(coordinator).cookie("pc_notice", redirect.cookie("pc_notice")).get(PAGE).then().statusCode(200)
                .body(containsString("<div class=\"notice\" role=\"status\">DBS check recorded. Zainab is no longer"
                        + " on hold.</div>"));
    }

    @Test
    void aDbsCheckLeavingTheCoachStillOnHoldOnlySaysItWasRecorded() {
        StubServices.json(DBS, coach("ACTIVE", "ONE_TO_ONE", SUPERVISION_HELD));
        ExtractableResponse<Response> redirect = withSession(coordinator).formParam("issuedOn", "1/10/2026")
                .formParam("renewalDue", "1 October 2029").formParam("certificateNumber", "")
                .post(PAGE + "/dbs").then().statusCode(303).extract();
        assertEquals("DBS check recorded.", flash(redirect));
        assertEquals(json("{\"issuedOn\":\"2026-10-01\",\"renewalDue\":\"2029-10-01\"}"), json(lastCallTo(DBS).body()),
                "a date typed the UK way is sent as a date; no certificate number is left out");

        StubServices.json(COACH, coach("ACTIVE", "ONE_TO_ONE", "[]"));
        StubServices.json(DBS, coach("ACTIVE", "ONE_TO_ONE", "[]"));
        redirect = withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .post(PAGE + "/dbs").then().statusCode(303).extract();
        assertEquals("DBS check recorded.", flash(redirect), "a coach who was not on hold was not taken off it");
    }

    @Test
    void aRenewalDateTheServiceRefusesIsShownNextToThatFieldWithWhatWasTypedKept() {
        StubServices.problem(DBS, 400, """
                {"title":"Your request has invalid fields","status":400,"detail":"1 field is invalid.",
                 "errors":[{"field":"renewalDue","message":"must be after issuedOn"}]}""");
        String page = withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2025-10-01")
                .formParam("certificateNumber", "001234567890").post(PAGE + "/dbs").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("<title>Error: Zainab Ali - Peer coaching</title>"), page);
        String summary = section(page, "<div class=\"error-summary\"", "</div>");
        assertTrue(summary.contains("<a href=\"#renewalDue\">Renewal due must be after the date issued</a>"), summary);
        assertTrue(page.contains("<p class=\"field-error\" id=\"renewalDue-error\"><span class=\"visually-hidden\">"
                + "Error:</span> Renewal due must be after the date issued</p>"), page);
        assertTrue(page.contains("aria-describedby=\"renewalDue-hint renewalDue-error\""), page);
        assertTrue(page.contains("value=\"2026-10-01\""), "what was typed is kept: " + page);
        assertTrue(page.contains("value=\"2025-10-01\""), page);
        assertTrue(page.contains("value=\"001234567890\""), page);
        assertFalse(page.contains("id=\"issuedOn-error\""), page);
        assertTrue(page.contains("id=\"holds\"") && page.contains("<h2>Calls this week</h2>"),
                "the rest of the coach's page is there: " + page);
    }

    @Test
    void aDateThatIsNotADateIsAFieldErrorAndTheServiceIsNotAsked() {
        String page = withSession(coordinator).formParam("issuedOn", "31/02/2026").formParam("renewalDue", "")
                .post(PAGE + "/dbs").then().statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("id=\"issuedOn-error\""), page);
        assertTrue(page.contains("Date issued must be a real date, for example 1/10/2026"), page);
        assertTrue(page.contains("id=\"renewalDue-error\""), page);
        assertTrue(page.contains("Enter the date the DBS check must be renewed by"), page);
        assertTrue(page.contains("value=\"31/02/2026\""), page);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().equals(DBS)), "service not called");
    }

    @Test
    void aCertificateNumberTheServiceRefusesIsShownInPlainWords() {
        StubServices.problem(DBS, 400, """
                {"title":"Your request has invalid fields","status":400,
                 "errors":[{"field":"certificateNumber","message":"must be the 12-digit DBS certificate number"}]}""");
        String page = withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .formParam("certificateNumber", "12345").post(PAGE + "/dbs").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"certificateNumber-error\""), page);
        assertTrue(page.contains("Enter the 12-digit certificate number, or leave it empty"), page);
    }

    @Test
    void aCoachWhoHasJustLeftIsSaidSoAndNothingBreaks() {
        StubServices.problem(DBS, 409, """
                {"title":"Conflict","status":409,"detail":"Zainab has left the programme."}""");
        String page = withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .post(PAGE + "/dbs").then().statusCode(409).extract().asString();
        noStackTrace(page);
        assertTrue(section(page, "<div class=\"error-summary\"", "</div>").contains("Zainab has left the programme."), page);
    }

    @Test
    void aServiceThatIsDownIsAMessageNotACrash() {
        StubServices.status(DBS, 500);
        String page = withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .post(PAGE + "/dbs").then().statusCode(503).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("The volunteer-service could not do that just now"), page);
        assertTrue(page.contains("value=\"2026-10-01\""), page);
    }

    @Test
    void recordingSupervisionSendsThisCoachAsTheOnlyAttendeeRunByTheSignedInCoordinator() {
        StubServices.json(SESSIONS, "{\"id\":\"" + UUID.randomUUID() + "\"}");
        String form = section(page(PAGE), "<form method=\"post\" action=\"" + PAGE + "/supervision\"", "</form>");
        String facilitator = form.replaceAll("(?s).*id=\"facilitator\"[^>]*value=\"([^\"]*)\".*", "$1");
        assertEquals("j.okafor", facilitator);

        ExtractableResponse<Response> redirect = withSession(coordinator).formParam("heldOn", "2026-11-20")
                .formParam("kind", "ONE_TO_ONE").formParam("facilitator", facilitator)
                .post(PAGE + "/supervision").then().statusCode(303).header("Location", endsWith(PAGE)).extract();

        StubServices.Call post = lastCallTo(SESSIONS);
        assertEquals("POST", post.method());
        assertEquals("Bearer " + coordinator, post.authorization());
        assertEquals(json("""
                {"kind":"ONE_TO_ONE","heldOn":"2026-11-20","facilitator":"j.okafor","attendees":["%s"]}"""
                .formatted(ZAINAB)), json(post.body()));
        assertEquals("Supervision on 20 November 2026 recorded.", flash(redirect), "Zainab is still on hold");
    }

    @Test
    void supervisionThatLiftsTheHoldSaysSo() {
        StubServices.json(SESSIONS, "{}");
        StubServices.jsonInTurn(COACH, coach("ACTIVE", "GROUP", SUPERVISION_HELD), coach("ACTIVE", "GROUP", "[]"));
        ExtractableResponse<Response> redirect = withSession(coordinator).formParam("heldOn", "20/11/2026")
                .formParam("kind", "GROUP").formParam("facilitator", " s.patel ")
                .post(PAGE + "/supervision").then().statusCode(303).extract();
        assertEquals("Supervision on 20 November 2026 recorded. Zainab is no longer on hold.", flash(redirect));
        JsonNode sent = json(lastCallTo(SESSIONS).body());
        assertEquals("GROUP", sent.path("kind").asText());
        assertEquals("s.patel", sent.path("facilitator").asText());
        assertEquals("2026-11-20", sent.path("heldOn").asText());
    }

    @Test
    void aSupervisionDateInTheFutureIsShownNextToTheDateWithTheFormKept() {
        StubServices.problem(SESSIONS, 400, """
                {"title":"Your request has invalid fields","status":400,
                 "errors":[{"field":"heldOn","message":"must be a date in the past or in the present"}]}""");
        String page = withSession(coordinator).formParam("heldOn", "2099-01-01").formParam("kind", "GROUP")
                .formParam("facilitator", "s.patel").post(PAGE + "/supervision").then().statusCode(400)
                .extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("<a href=\"#heldOn\">Date held must be today or in the past</a>"), page);
        assertTrue(page.contains("id=\"heldOn-error\""), page);
        assertTrue(page.contains("value=\"2099-01-01\""), page);
        assertTrue(page.contains("value=\"GROUP\" checked> Group"), page);
        assertTrue(page.contains("value=\"s.patel\""), page);
    }

    @Test
    void aSupervisionFormMissingItsDateOrFacilitatorIsNotSent() {
        String page = withSession(coordinator).formParam("heldOn", "soon").formParam("kind", "WEEKLY")
                .formParam("facilitator", "  ").post(PAGE + "/supervision").then().statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("Date held must be a real date, for example 20/11/2026"), page);
        assertTrue(page.contains("<a href=\"#kind\">Choose one-to-one or group</a>"), page);
        assertTrue(page.contains("id=\"kind\" aria-describedby=\"kind-hint kind-error\">"), page);
        assertTrue(page.contains("<a href=\"#facilitator\">Enter who ran the session</a>"), page);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().equals(SESSIONS)), "service not called");
    }

    @Test
    void aCoachWhoCannotAttendIsSaidSoByTheirName() {
        StubServices.problem(SESSIONS, 422, """
                {"title":"Unprocessable","status":422,"detail":"The session was not recorded: check the attendees.",
                 "errors":[{"field":"attendees[0]","message":"this coach has left the programme"}]}""");
        String page = withSession(coordinator).formParam("heldOn", "2026-11-20").formParam("kind", "ONE_TO_ONE")
                .formParam("facilitator", "j.okafor").post(PAGE + "/supervision").then().statusCode(400)
                .extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("<a href=\"#attendees\">This coach could not be recorded as attending: they may have"
                + " left the programme or be paused</a>"), page);
        assertTrue(page.contains("id=\"attendees-error\""), page);
    }

    @Test
    void anAddressReloadedAfterPostingGoesBackToTheForm() {
        withSession(coordinator).get(PAGE + "/dbs").then().statusCode(303)
                .header("Location", endsWith(PAGE + "#record-dbs"));
        withSession(coordinator).get(PAGE + "/supervision").then().statusCode(303)
                .header("Location", endsWith(PAGE + "#record-supervision"));
    }

    @Test
    void onlyACoordinatorMayRecordChecksAndAnEndedSessionGoesToSignIn() {
        withSession(DevTokens.volunteer(ZAINAB)).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .post(PAGE + "/dbs").then().statusCode(403);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().equals(DBS)), "service not called");

        StubServices.status(DBS, 401);
        withSession(coordinator).formParam("issuedOn", "2026-10-01").formParam("renewalDue", "2029-10-01")
                .post(PAGE + "/dbs").then().statusCode(303).header("Location", containsString("/sign-in"));
    }
}
