package org.peercoaching.web.volunteer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class VolunteerPagesTest extends StubbedServicesTest {

    static final UUID COACH = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
    static final UUID CALL = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final String WEEK = "/schedule/api/v1/coaches/" + COACH + "/calls";
    static final String CONCERN = "/schedule/api/v1/calls/" + CALL + "/escalations";
    static final String OUTCOME = "/schedule/api/v1/calls/" + CALL + "/outcome";
    static final String DETAIL = "/schedule/api/v1/calls/" + CALL;
    static final UUID NEXT = UUID.fromString("44444444-4444-4444-8444-444444444444");

    /** Call 3 of Priya's 8 weekly calls as schedule-service describes it to her coach; recording opens at 5pm. */
    static String detail(String lastCall, String recordFrom) {
        return """
                {"callId":"%s","planId":"55555555-5555-4555-8555-555555555555",
                 "referralId":"66666666-6666-4666-8666-666666666666","personFirstName":"Priya","phone":"07700 900 123",
                 "startsAt":"2026-12-01T18:00:00Z","endsAt":"2026-12-01T18:30:00Z","when":"Tuesday 1 December, 6pm",
                 "status":"SCHEDULED","stage":{"name":"WEEKLY","intervalWeeks":1,"callInStage":3,"callsInStage":8},
                 "callNumber":3,"totalCalls":14,"attempt":1,
                 "conditions":[{"code":"69896004","name":"Rheumatoid arthritis"},{"code":"195967001","name":"Asthma"}],
                 "language":"pa","usualTimes":[{"day":"TUESDAY","start":"17:00:00","end":"19:00:00"},
                   {"day":"THURSDAY","start":"09:30:00","end":"12:00:00"}],
                 "lastCall":%s,
                 "nextCall":{"callId":"%s","startsAt":"2026-12-08T18:00:00Z","when":"Tuesday 8 December, 6pm",
                   "callNumber":4,"stage":"WEEKLY"},
                 "limits":{"recordFrom":"%s","callMinutes":30,
                   "moveWindows":[{"day":"TUESDAY","start":"18:00:00","end":"19:00:00"}]},
                 "movedTo":null}""".formatted(CALL, lastCall, NEXT, recordFrom);
    }

    static final String LAST_CALL = """
            {"on":"2026-11-24T18:00:00Z","goals":{"goal":"Walk to the shop","wayForward":"Walk twice"},"confidence":6}""";
    /** Long past: the call may be recorded now. */
    static final String OPEN = "2026-01-01T00:00:00Z";

    final String volunteer = DevTokens.volunteer(COACH);


    @BeforeEach
    void oneCallThisWeek() {
        StubServices.reset();
        StubServices.json(WEEK, """
                {"coachId":"%s","week":"2026-W49","timeZone":"Europe/London","calls":[
                  {"callId":"%s","personFirstName":"Priya","phone":"07700 900 123","startsAt":"2026-12-01T18:00:00Z",
                   "endsAt":"2026-12-01T18:30:00Z","stage":"WEEKLY","callNumber":3,"totalCalls":12,"status":"SCHEDULED",
                   "lastCall":{"on":"2026-11-24T18:00:00Z","goals":{"goal":"Walk to the shop","wayForward":"Walk twice"}}}]}"""
                .formatted(COACH, CALL));
        StubServices.json(DETAIL, detail(LAST_CALL, OPEN));
    }

    static final String MISSING_DETAIL = """
            {"type":"about:blank","title":"Invalid request","status":400,"detail":"Some fields need correcting",
             "errors":[{"field":"detail","message":"is required"}]}""";

    @Test
    void theCallPageShowsTheCallInLondonTimeWithATapToCallLink() {
        String page = withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(200)
                .extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("Call with Priya"), page);
        assertTrue(page.contains("Tuesday 1 December, 6pm"), page);
        assertTrue(page.contains("href=\"tel:07700900123\""), page);
        assertTrue(page.contains("Walk to the shop"), page);
        assertEquals("/schedule/api/v1/calls/" + CALL, StubServices.CALLS.get(0).path());
        assertEquals("Bearer " + volunteer, StubServices.CALLS.get(0).authorization());
    }

    /** The text of the "Before you call" list: each term and what it says, as a person reads it. */
    static String beforeYouCall(String page) {
        int at = page.indexOf("id=\"before-you-call\"");
        assertTrue(at >= 0, page);
        String list = page.substring(at, page.indexOf("</dl>", at));
        return list.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void beforeTheCallThePageShowsConditionLanguageUsualTimesStageLastGoalsAndConfidenceAndTheNextCall() {
        String page = withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(200)
                .extract().asString();
        noStackTrace(page);
        String list = beforeYouCall(page);
        for (String shown : List.of("Stage Call 3 of 8, weekly", "Conditions Rheumatoid arthritis, Asthma",
                "Language Punjabi", "Their usual times Tuesdays, 5pm to 7pm; Thursdays, 9:30am to 12pm",
                "Their goal Walk to the shop", "Their next step Walk twice", "How confident they felt 6 out of 10",
                "Next call Tuesday 8 December, 6pm")) {
            assertTrue(list.contains(shown), "\"" + shown + "\" in: " + list);
        }
        assertTrue(list.contains("Last call Tuesday 24 November"), list);
        assertTrue(!page.contains("69896004") && !page.contains("WEEKLY") && !page.contains(">pa<"),
                "codes never reach the page: " + page);
    }

    @Test
    void beforeTheFirstCallThePageSaysThereIsNoLastCallYetAndStillShowsWhoTheyAre() {
        StubServices.json(DETAIL, detail("null", OPEN).replace("\"callInStage\":3", "\"callInStage\":1"));
        String list = beforeYouCall(withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then()
                .statusCode(200).extract().asString());
        assertTrue(list.contains("Last call None yet: this is your first call with Priya"), list);
        assertTrue(list.contains("Stage Call 1 of 8, weekly"), list);
        assertTrue(list.contains("Conditions Rheumatoid arthritis, Asthma"), list);
        assertTrue(list.contains("Language Punjabi"), list);
        assertTrue(list.contains("Their usual times Tuesdays, 5pm to 7pm"), list);
        assertTrue(!list.contains("How confident"), list);
    }

    @Test
    void whenConditionsAndLanguageAreNotKnownThePageSaysSo() {
        StubServices.json(DETAIL, detail(LAST_CALL, OPEN).replaceAll("\"conditions\":\\[[^\\]]*\\]", "\"conditions\":[]")
                .replace("\"language\":\"pa\"", "\"language\":null"));
        String list = beforeYouCall(withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then()
                .statusCode(200).extract().asString());
        assertTrue(list.contains("Condition Not known: ask your coordinator"), list);
        assertTrue(list.contains("Language Not known"), list);
    }

    @Test
    void aConcernWithoutDetailShowsTheServicesMessageNextToTheDetailField() {
        StubServices.problem(CONCERN, 400, MISSING_DETAIL);
        String page = withSession(volunteer).formParam("category", "CRISIS").formParam("detail", "  ")
                .post("/volunteer/calls/" + CALL + "/concern?week=2026-W49").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        int field = page.indexOf("id=\"detail-error\"");
        assertTrue(field >= 0, page);
        assertTrue(page.substring(field, page.indexOf("</p>", field)).contains("Say what happened and what you have done"), page);
        assertTrue(page.indexOf("<textarea id=\"detail\"") > field, "the message sits just above the field");
        assertTrue(page.contains("value=\"CRISIS\" checked"), "the chosen category is kept: " + page);
        StubServices.Call sent = StubServices.CALLS.stream().filter(c -> c.path().endsWith("/escalations")).findFirst()
                .orElseThrow();
        assertEquals("POST", sent.method());
        assertTrue(sent.body().contains("\"category\":\"CRISIS\""), sent.body());
        assertTrue(sent.body().contains("\"detail\":null"), "blank detail sent as missing: " + sent.body());
    }

    @Test
    void aConcernThatIsSentGoesBackToTheWeekWithANotice() {
        StubServices.json(CONCERN, "");
        withSession(volunteer).formParam("category", "SAFEGUARDING").formParam("detail", "Worried about a neighbour")
                .post("/volunteer/calls/" + CALL + "/concern?week=2026-W49").then().statusCode(303)
                .header("Location", endsWith("/volunteer?week=2026-W49"))
                .cookie("pc_notice", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void anOutcomeFieldErrorFromTheServiceShowsNextToTheFormField() {
        StubServices.problem(OUTCOME, 400, """
                {"title":"Invalid request","status":400,
                 "errors":[{"field":"goals.wayForward","message":"must be 500 characters or fewer"},
                           {"field":"confidence","message":"must be from 1 to 10"}]}""");
        String page = withSession(volunteer).formParam("outcome", "COMPLETED").formParam("durationMinutes", "20")
                .formParam("confidence", "11").formParam("wayForward", "Walk")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("id=\"wayForward-error\""), page);
        assertTrue(page.contains("Their next step must be 500 characters or fewer"), page);
        assertTrue(page.contains("id=\"confidence-error\""), page);
        assertTrue(page.contains("value=\"11\""), "what was typed is kept: " + page);
    }

    /** The error summary's list: what a person reads first. */
    static List<String> summaryItems(String page) {
        int at = page.indexOf("class=\"error-summary\"");
        assertTrue(at >= 0, page);
        String summary = page.substring(at, page.indexOf("</div>", at));
        return java.util.regex.Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>").matcher(summary)
                .results().map(m -> m.group(1) + ": " + m.group(2)).toList();
    }

    @Test
    void aCompletedCallMissingItsMinutesAndConfidenceNamesEachFieldInPlainEnglish() {
        StubServices.problem(OUTCOME, 400, """
                {"title":"Invalid request","status":400,"detail":"Some fields need correcting",
                 "errors":[{"field":"durationMinutes","message":"is required for a completed call"},
                           {"field":"confidence","message":"is required for a completed call: 1 to 10"}]}""");
        String page = withSession(volunteer).formParam("outcome", "COMPLETED")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(400).extract().asString();
        assertEquals(List.of("durationMinutes: Enter how many minutes you talked, from 1 to 180",
                "confidence: Enter how confident they feel, from 1 to 10"), summaryItems(page));
        assertTrue(!page.toLowerCase().contains("is required"), page);
    }

    @Test
    void everyHintAndErrorOnTheCallPageIsLinkedToItsField() {
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(volunteer)
                .get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(200).extract().asString());
        StubServices.problem(OUTCOME, 400, """
                {"title":"Invalid request","status":400,"errors":[
                  {"field":"outcome","message":"x"},{"field":"durationMinutes","message":"x"},
                  {"field":"confidence","message":"x"},{"field":"goals.topic","message":"x"},{"field":"goals.goal","message":"x"},
                  {"field":"goals.reality","message":"x"},{"field":"goals.options","message":"x"},
                  {"field":"goals.wayForward","message":"x"},{"field":"notes","message":"x"},
                  {"field":"rescheduleTo","message":"x"}]}""");
        String outcome = withSession(volunteer).formParam("outcome", "COMPLETED")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(400).extract().asString();
        assertEquals(10, summaryItems(outcome).size(), outcome);
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(outcome);
        StubServices.problem(CONCERN, 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"category","message":"x"},
                  {"field":"detail","message":"x"}]}""");
        String concern = withSession(volunteer).post("/volunteer/calls/" + CALL + "/concern?week=2026-W49").then()
                .statusCode(400).extract().asString();
        assertTrue(concern.contains("id=\"category\" aria-describedby=\"category-error\""), concern);
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(concern);
    }

    @Test
    void theServicesWordingNeverReachesTheCallPage() {
        StubServices.problem(OUTCOME, 400, """
                {"title":"Invalid request","status":400,"detail":"Some fields need correcting",
                 "errors":[{"field":"outcome","message":"is required: COMPLETED, NO_ANSWER, RESCHEDULED or CANCELLED"},
                           {"field":"confidence","message":"must be less than or equal to 10"},
                           {"field":"goals.steps[0].<list element>","message":"must not be blank"}]}""");
        String page = withSession(volunteer).formParam("confidence", "11")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(400).extract().asString();
        assertEquals(List.of("outcome: Choose what happened on the call",
                "confidence: Enter how confident they feel, from 1 to 10"), summaryItems(page));
        for (String code : List.of("NO_ANSWER, RESCHEDULED", "less than or equal", "list element", "steps")) {
            assertTrue(!page.contains(code), code + " on the page:\n" + page);
        }
        assertTrue(page.contains("Something you entered could not be saved. Check your answers and try again."), page);
    }

    @Test
    void aNumberThatIsNotANumberIsCaughtBeforeTheServiceIsAsked() {
        String page = withSession(volunteer).formParam("outcome", "COMPLETED").formParam("durationMinutes", "twenty")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(400).extract().asString();
        assertTrue(page.contains("Enter how long the call took in minutes, like 20"), page);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().endsWith("/outcome")), "service not called");
    }

    @Test
    void aServiceSayingTheSessionHasEndedSendsTheBrowserToSignIn() {
        StubServices.status(CONCERN, 401);
        withSession(volunteer).formParam("category", "CRISIS").formParam("detail", "x")
                .post("/volunteer/calls/" + CALL + "/concern?week=2026-W49").then().statusCode(303)
                .header("Location", containsString("/sign-in"));
        StubServices.status(WEEK, 401);
        withSession(volunteer).get("/volunteer").then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void aCallThatIsNotTheirsOrDoesNotExistIsAPlainNotFound() {
        String page = withSession(volunteer).get("/volunteer/calls/" + UUID.randomUUID() + "?week=2026-W49").then()
                .statusCode(404).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("We could not find that call"), page);
        assertTrue(page.contains("Go back to your calls and choose it again"), page);
    }

    @Test
    void whenScheduleIsDownTheWeekPageSaysSoInPlainEnglish() {
        StubServices.drop(WEEK);
        String page = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(503).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("We could not reach the schedule-service just now"), page);
        StubServices.status(WEEK, 500);
        String failed = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(503).extract().asString();
        noStackTrace(failed);
        assertTrue(!failed.contains("boom"), failed);
    }

    @Test
    void anUnexpectedAnswerFromAServiceIsAPlainErrorPage() {
        StubServices.json(WEEK, "<html>this is not json</html>");
        String page = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(500).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("Sorry, there is a problem with the service"), page);
    }

    @Test
    void aWeekThatIsNotARealWeekIsAClear400NotThisWeek() {
        for (String week : List.of("2026-W99", "2025-W53", "2026-W00", "next", "2026-49")) {
            String page = withSession(volunteer).get("/volunteer?week=" + week).then().statusCode(400)
                    .contentType(containsString("text/html")).extract().asString();
            noStackTrace(page);
            assertTrue(page.contains("That is not a real week"), week + ": " + page);
            assertTrue(page.contains("Weeks are written like 2026-W49"), page);
            assertTrue(page.contains("href=\"/\""), "a way back to their calls this week: " + page);
            withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=" + week).then().statusCode(400);
        }
        assertTrue(StubServices.CALLS.isEmpty(), "schedule-service was not asked for some other week");
        withSession(volunteer).get("/volunteer?week=2026-W53").then().statusCode(200); // 2026 has 53 weeks
        withSession(volunteer).get("/volunteer").then().statusCode(200);
    }

    static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//peer-coaching//schedule//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:" + CALL + "@peer-coaching\r\nDTSTAMP:20261130T090000Z\r\n"
            + "DTSTART:20261201T180000Z\r\nDTEND:20261201T183000Z\r\nSUMMARY:Call Priya\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    @Test
    void theCalendarFeedDownloadsFromThePagesAddressAsICalendarWhateverTheCalendarAppAccepts() {
        String token = "abcdefghijklmnop1234";
        // schedule-service's feed produces only text/calendar, and answers 406 to anything that does not take it
        StubServices.only("/schedule/api/v1/calendars/" + token + ".ics", "text/calendar; charset=utf-8", ICS);
        for (String accept : new String[] {"*/*", "text/calendar", "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            String ics = org.peercoaching.web.Browser.signedOut().accept(accept).get("/calendars/" + token + ".ics")
                    .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
            List<String> lines = List.of(ics.split("\r\n"));
            assertEquals("BEGIN:VCALENDAR", lines.get(0), ics);
            assertEquals("END:VCALENDAR", lines.get(lines.size() - 1), ics);
            assertTrue(lines.contains("BEGIN:VEVENT") && lines.contains("END:VEVENT"), ics);
        }
        StubServices.Call asked = StubServices.CALLS.get(0);
        assertTrue(asked.accept().contains("text/calendar"), asked.accept());
        org.peercoaching.web.Browser.signedOut().get("/calendars/short.ics").then().statusCode(404);
    }

    @Test
    void theCalendarAddressWrapsOnAPhoneAndHasACopyButton() {
        StubServices.json("/schedule/api/v1/coaches/" + COACH + "/calendar-token",
                "{\"token\":\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH\",\"feedPath\":\"/x\"}");
        String page = withSession(volunteer).post("/volunteer/calendar").then().statusCode(200).extract().asString();
        int code = page.indexOf("id=\"feed-url\"");
        assertTrue(code >= 0, page);
        String tag = page.substring(page.lastIndexOf('<', code), page.indexOf('>', code));
        assertTrue(tag.contains("class=\"feed-url\""), "the address wraps (.feed-url): " + tag);
        assertTrue(page.contains("<button type=\"button\" class=\"button button--secondary copy\" data-copy=\"feed-url\""
                + " hidden>Copy the address</button>"), "a real button, shown by the script: " + page);
        assertTrue(page.contains("aria-live=\"polite\""), "saying it was copied is announced: " + page);
    }

    @Test
    void anEmptyWeekStillShowsTheNextCallWithALinkToIt() {
        StubServices.json(WEEK, """
                {"coachId":"%s","week":"2026-W49","timeZone":"Europe/London","calls":[],
                 "nextCall":{"callId":"%s","personFirstName":"Priya","startsAt":"2026-12-08T18:00:00Z",
                   "when":"Tuesday 8 December, 6pm"}}""".formatted(COACH, NEXT));
        String page = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(200).extract()
                .asString();
        noStackTrace(page);
        assertTrue(page.contains("You have no calls this week."), page);
        int next = page.indexOf("id=\"next-call\"");
        assertTrue(next >= 0, "the next call is shown: " + page);
        String text = page.substring(next, page.indexOf("</div>", next)).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        assertTrue(text.contains("Your next call is with Priya on Tuesday 8 December, 6pm"), text);
        assertTrue(page.contains("href=\"/volunteer/calls/" + NEXT + "?week=2026-W50\""), "a link to it, in its week: " + page);
    }

    @Test
    void withNoCallBookedTheWeekPageSaysSo() {
        String page = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("You have no more calls booked. Your coordinator will be in touch"), page);
    }

    /** Recording opens at 5pm on Tuesday 1 December 2099: long after now. */
    static final String NOT_YET = "2099-12-01T17:00:00Z";
    static final String NOT_YET_WORDS = "You can record how it went from 5pm on Tuesday 1 December";

    @Test
    void beforeRecordingOpensRecordHowItWentIsNotTheMainButtonAndTheWeekSaysWhenItOpens() {
        StubServices.json(WEEK, """
                {"coachId":"%s","week":"2099-W48","timeZone":"Europe/London","calls":[
                  {"callId":"%s","personFirstName":"Priya","phone":"07700 900 123","startsAt":"2099-12-01T18:00:00Z",
                   "endsAt":"2099-12-01T18:30:00Z","stage":"WEEKLY","callNumber":3,"totalCalls":14,"status":"SCHEDULED",
                   "recordFrom":"%s"}]}""".formatted(COACH, CALL, NOT_YET));
        String page = withSession(volunteer).get("/volunteer?week=2099-W48").then().statusCode(200).extract()
                .asString();
        noStackTrace(page);
        assertTrue(page.contains(NOT_YET_WORDS), page);
        assertTrue(!page.contains("Record how it went"), "no button to do what will be refused: " + page);
        assertTrue(page.contains("href=\"/volunteer/calls/" + CALL + "?week=2099-W48\""), "the call still opens: " + page);
        assertTrue(page.contains("Raise a concern"), page);
    }

    @Test
    void beforeRecordingOpensTheCallPageOffersOnlyMovingOrCancellingAndSaysWhenRecordingOpens() {
        StubServices.json(DETAIL, detail(LAST_CALL, NOT_YET));
        String page = withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(200)
                .extract().asString();
        noStackTrace(page);
        assertTrue(page.contains(NOT_YET_WORDS), page);
        assertTrue(!page.contains("value=\"COMPLETED\"") && !page.contains("value=\"NO_ANSWER\""),
                "talked and no answer are not offered yet: " + page);
        assertTrue(page.contains("value=\"RESCHEDULED\"") && page.contains("value=\"CANCELLED\""), page);
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(page);
    }

    @Test
    void theMoveFieldShowsTheTimesTheyAreBothFreeBeforeAnythingIsSubmitted() {
        String page = withSession(volunteer).get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(200)
                .extract().asString();
        int hint = page.indexOf("id=\"rescheduleTo-hint\"");
        assertTrue(hint >= 0, page);
        String text = page.substring(hint, page.indexOf("</div>", hint));
        assertTrue(text.contains("Tuesdays, 6pm to 7pm"), text);
        assertTrue(text.contains("30 minutes"), text);
        assertTrue(page.contains("aria-describedby=\"rescheduleTo-hint\""), "the hint is read with the field: " + page);
    }

    @Test
    void recordingATalkBeforeItOpensIsCaughtOnThePageLinkedToWhatHappened() {
        StubServices.json(DETAIL, detail(LAST_CALL, NOT_YET));
        String page = withSession(volunteer).formParam("outcome", "COMPLETED").formParam("durationMinutes", "20")
                .formParam("confidence", "7").post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then()
                .statusCode(400).extract().asString();
        assertEquals(List.of("outcome: " + NOT_YET_WORDS + ". Until then you can only say it was moved or cancelled"),
                summaryItems(page));
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().endsWith("/outcome")), "service not called");
    }

    @Test
    void aMoveOutsideTheTimesTheyAreBothFreeIsCaughtOnThePageNamingThoseTimes() {
        String page = withSession(volunteer).formParam("outcome", "RESCHEDULED")
                .formParam("rescheduleTo", "2099-12-02T18:00").post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49")
                .then().statusCode(400).extract().asString();
        assertEquals(List.of("rescheduleTo: Choose a time when you are both free: Tuesdays, 6pm to 7pm."
                + " The call takes 30 minutes, so it must end by the end of that time"), summaryItems(page));
        assertTrue(page.contains("value=\"2099-12-02T18:00\""), "what was typed is kept: " + page);
        String past = withSession(volunteer).formParam("outcome", "RESCHEDULED")
                .formParam("rescheduleTo", "2020-12-01T18:00").post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49")
                .then().statusCode(400).extract().asString();
        assertEquals(List.of("rescheduleTo: Enter a new date and time in the future"), summaryItems(past));
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().endsWith("/outcome")), "service not called");
    }

    @Test
    void aMoveTheServiceRefusesIsExplainedInThePagesWordsNextToTheNewTime() {
        StubServices.problem(OUTCOME, 422, """
                {"type":"https://peercoaching.example/problems/programme-rule","title":"Programme rule","status":422,
                 "detail":"That time is outside the person's or the coach's call windows, or overlaps another of the coach's calls."}""");
        String page = withSession(volunteer).formParam("outcome", "RESCHEDULED")
                .formParam("rescheduleTo", "2099-12-01T18:00").post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49")
                .then().statusCode(409).extract().asString();
        assertEquals(List.of("rescheduleTo: You already have another call then. Choose another time when you are both"
                + " free: Tuesdays, 6pm to 7pm"), summaryItems(page));
        assertTrue(!page.contains("overlaps another of the coach"), "never the service's words: " + page);
    }

    @Test
    void aCallAlreadyRecordedIsSaidInThePagesWords() {
        StubServices.problem(OUTCOME, 409, """
                {"title":"Conflict","status":409,"detail":"This call was already recorded as rescheduled."}""");
        String page = withSession(volunteer).formParam("outcome", "CANCELLED")
                .post("/volunteer/calls/" + CALL + "/outcome?week=2026-W49").then().statusCode(409).extract().asString();
        assertTrue(page.contains("This call has already been recorded. Go back to your calls to see it."), page);
        assertTrue(!page.contains("as rescheduled"), page);
    }

    @Test
    void aMovedCallsOldLinkLeadsToTheCallAtItsNewTime() {
        UUID moved = UUID.fromString("77777777-7777-4777-8777-777777777777");
        StubServices.json(DETAIL, detail(LAST_CALL, OPEN).replace("\"status\":\"SCHEDULED\"", "\"status\":\"RESCHEDULED\"")
                .replace("\"movedTo\":null", "\"movedTo\":\"" + moved + "\""));
        StubServices.json("/schedule/api/v1/calls/" + moved, detail(LAST_CALL, OPEN)
                .replace("\"callId\":\"" + CALL + "\"", "\"callId\":\"" + moved + "\"")
                .replace("2026-12-01T18:00:00Z", "2026-12-09T18:30:00Z"));
        io.restassured.response.Response redirect = withSession(volunteer)
                .get("/volunteer/calls/" + CALL + "?week=2026-W49").then().statusCode(303).extract().response();
        String to = redirect.header("Location");
        assertTrue(to.endsWith("/volunteer/calls/" + moved + "?week=2026-W50"), to);
        String notice = redirect.cookie("pc_notice");
        String page = withSession(volunteer).cookie("pc_notice", notice)
                .get("/volunteer/calls/" + moved + "?week=2026-W50").then().statusCode(200).extract().asString();
        assertTrue(page.contains("This call was moved to Wednesday 9 December, 6:30pm."), page);
        assertTrue(page.contains("Call with Priya"), page);
    }

    @Test
    void theWeekPageListsTheCalls() {
        String page = withSession(volunteer).get("/volunteer?week=2026-W49").then().statusCode(200)
                .header("X-Frame-Options", "DENY").extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("Priya"), page);
        assertTrue(page.contains("/volunteer/calls/" + CALL), page);
        withSession(volunteer).queryParam("week", "2026-W49")
                .cookie("pc_notice", org.peercoaching.web.pages.Flash.notice("Thank you. The call is recorded.").getValue())
                .get("/volunteer").then().statusCode(200)
                .body(containsString("Thank you. The call is recorded."))
                .cookie("pc_notice", "");
        withSession(volunteer).get("/").then().header("Location", endsWith("/volunteer"));
    }
}
