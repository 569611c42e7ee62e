package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.peercoaching.web.Browser;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/** Issue #18: the pause form offers a short break that keeps the coach's people; the coach page while on one. */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class ShortBreakPagesTest extends StubbedServicesTest {

    static final UUID AISHA = UUID.fromString("6c3e4f50-7182-493a-9c4d-5e6f7a8b9c0d");
    static final String COACH = "/volunteer/api/v1/volunteers/" + AISHA;
    static final UUID BRIAN = UUID.fromString("7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    static final UUID CAROL = UUID.fromString("8e9f0011-2b3c-4d5e-9f60-6b7c8d9e0f1a");

    static String aisha(String status, String pauseKind, String pausedUntil, int activePeople, int room) {
        return """
                {"id":"%s","firstName":"Aisha","lastName":"Khan","phone":"07700 900456","status":"%s",
                 "pausedReason":%s,"pausedUntil":%s,"pauseKind":%s,"competenceLevel":2,"languages":["en"],
                 "capacity":{"activePeople":%d,"peopleByStage":"WEEKLY=%d","room":%d}}""".formatted(AISHA, status,
                pausedUntil == null ? "null" : "\"Holiday\"", pausedUntil == null ? "null" : "\"" + pausedUntil + "\"",
                pauseKind == null ? "null" : "\"" + pauseKind + "\"", activePeople, activePeople, room);
    }

    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        StubServices.json(COACH, aisha("ACTIVE", null, null, 2, 1));
        StubServices.json(COACH + "/supervision-sessions", "[]");
        StubServices.json("/matching/api/v1/matches", """
                [{"id":"%s","referralId":"%s","volunteerId":"%s","personFirstName":"Brian","status":"CONFIRMED","stage":"WEEKLY"},
                 {"id":"%s","referralId":"%s","volunteerId":"%s","personFirstName":"Carol","status":"CONFIRMED","stage":"MONTHLY"}]"""
                .formatted(UUID.randomUUID(), BRIAN, AISHA, UUID.randomUUID(), CAROL, AISHA));
        StubServices.json("/schedule/api/v1/coaches/" + AISHA + "/calls", "{\"coachId\":\"" + AISHA + "\",\"calls\":[]}");
        StubServices.json("/schedule/api/v1/coaches/" + AISHA + "/people", """
                {"coachId":"%s","people":[
                 {"planId":"%s","referralId":"%s","personFirstName":"Brian","stage":"WEEKLY","status":"ACTIVE",
                  "nextCallAt":"2027-01-05T18:00:00Z","callsCompleted":3,"callsMissed":0,"totalCalls":13},
                 {"planId":"%s","referralId":"%s","personFirstName":"Carol","stage":"MONTHLY","status":"ACTIVE",
                  "nextCallAt":"2027-01-11T18:30:00Z","callsCompleted":10,"callsMissed":0,"totalCalls":13}]}"""
                .formatted(AISHA, UUID.randomUUID(), BRIAN, UUID.randomUUID(), CAROL));
    }

    String page(String path) {
        String page = withSession(coordinator).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        return page;
    }

    @Test
    void thePauseFormOffersAShortBreakThatKeepsThePeopleAndSaysWhoseCallsMayMove() {
        String page = page("/coordinator/coaches/" + AISHA + "/pause");
        assertTrue(page.contains("Short break (holiday, illness), up to 6 weeks: keeps their people, moves or skips calls"), page);
        assertTrue(page.contains("Longer pause: their people are re-matched"), page);
        String people = page.substring(page.indexOf("<ul id=\"short-break-people\">"), page.indexOf("</ul>",
                page.indexOf("<ul id=\"short-break-people\">")));
        assertTrue(people.contains("Brian: next call Tuesday 5 January, 6pm"), people);
        assertTrue(people.contains("Carol: next call Monday 11 January, 6:30pm"), people);
        Browser.hintsAndErrorsAreLinked(page);
    }

    @Test
    void aShortBreakIsAskedForWithItsKindAndReturnDateAndTheNoticeSaysThePeopleStay() {
        StubServices.json(COACH + "/pause", aisha("PAUSED", "SHORT", "2027-01-12", 2, 0));
        withSession(coordinator).formParam("kind", "SHORT").formParam("reason", "Holiday").formParam("until", "2027-01-12")
                .post("/coordinator/coaches/" + AISHA + "/pause").then().statusCode(303)
                .header("Location", containsString("/coordinator/coaches/" + AISHA));
        StubServices.Call sent = StubServices.CALLS.stream().filter(c -> c.method().equals("POST")
                && c.path().equals(COACH + "/pause")).findFirst().orElseThrow();
        assertTrue(sent.body().contains("\"kind\":\"SHORT\"") && sent.body().contains("\"until\":\"2027-01-12\""),
                sent.body());
    }

    @Test
    void aPauseWithoutAChoiceOrAShortBreakWithoutAReturnDateIsSentBackNamingTheField() {
        String noChoice = withSession(coordinator).formParam("reason", "Holiday")
                .post("/coordinator/coaches/" + AISHA + "/pause").then().statusCode(400).extract().asString();
        assertTrue(noChoice.contains("Choose a short break or a longer pause"), noChoice);
        Browser.hintsAndErrorsAreLinked(noChoice);
        String noDate = withSession(coordinator).formParam("reason", "Holiday").formParam("kind", "SHORT")
                .post("/coordinator/coaches/" + AISHA + "/pause").then().statusCode(400).extract().asString();
        assertTrue(noDate.contains("Enter the date they will be back: a short break lasts up to 6 weeks"), noDate);
        assertTrue(noDate.contains("value=\"SHORT\" checked"), "the choice is kept: " + noDate);
        Browser.hintsAndErrorsAreLinked(noDate);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.method().equals("POST")), "nothing was sent");

        StubServices.problem(COACH + "/pause", 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"until",
                  "message":"A short pause can last up to 6 weeks: choose a date on or before 17 January 2027, or make it a longer pause"}]}""");
        String tooLong = withSession(coordinator).formParam("reason", "Holiday").formParam("kind", "SHORT")
                .formParam("until", "2027-03-01").post("/coordinator/coaches/" + AISHA + "/pause").then().statusCode(400)
                .extract().asString();
        assertTrue(tooLong.contains("id=\"until-error\""), tooLong);
        Browser.hintsAndErrorsAreLinked(tooLong);
    }

    @Test
    void whileOnAShortBreakTheCoachPageShowsTheirPeopleWithThemAndEachCallMovedOrSkipped() {
        StubServices.json(COACH, aisha("PAUSED", "SHORT", "2027-01-12", 2, 0));
        StubServices.json("/schedule/api/v1/coaches/" + AISHA + "/pause-changes", """
                {"coachId":"%s","timeZone":"Europe/London","pausedUntil":"2027-01-12","people":[
                 {"planId":"%s","referralId":"%s","personFirstName":"Brian","changes":[
                   {"callId":"%s","callNumber":4,"outcome":"SKIPPED","pausedUntil":"2027-01-12",
                    "from":"2027-01-05T18:00:00Z","fromWhen":"Tuesday 5 January, 6pm"}]},
                 {"planId":"%s","referralId":"%s","personFirstName":"Carol","changes":[
                   {"callId":"%s","callNumber":11,"outcome":"MOVED","pausedUntil":"2027-01-12",
                    "from":"2027-01-11T18:30:00Z","fromWhen":"Monday 11 January, 6:30pm",
                    "to":"2027-01-18T18:00:00Z","toWhen":"Monday 18 January, 6pm"}]}]}"""
                .formatted(AISHA, UUID.randomUUID(), BRIAN, UUID.randomUUID(), UUID.randomUUID(), CAROL, UUID.randomUUID()));
        String page = page("/coordinator/coaches/" + AISHA);
        String peopleNow = page.substring(page.indexOf("id=\"people-now\""), page.indexOf("</dd>", page.indexOf("id=\"people-now\"")));
        assertTrue(peopleNow.contains("2 people, paused until 12 January 2027"), peopleNow);
        assertFalse(page.contains("0 more places free"), page);
        assertFalse(page.contains("Awaiting coach"), page);
        String theirPeople = page.substring(page.indexOf("id=\"their-people\""), page.indexOf("id=\"pause-changes\""));
        assertTrue(theirPeople.contains("Brian") && theirPeople.contains("Carol"), theirPeople);
        String changes = page.substring(page.indexOf("id=\"pause-changes\""), page.indexOf("Calls this week"));
        assertTrue(changes.contains("<td>Brian</td><td>4</td><td>Tuesday 5 January, 6pm</td><td>Skipped</td>"), changes);
        assertTrue(changes.contains("<td>Carol</td><td>11</td><td>Monday 11 January, 6:30pm</td><td>Moved to Monday 18 January, 6pm</td>"),
                changes);
        assertEquals(1, List.of(page.split("Calls moved or skipped by the break", -1)).size() - 1);
    }
}
