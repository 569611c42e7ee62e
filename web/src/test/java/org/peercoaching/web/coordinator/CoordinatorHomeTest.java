package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
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
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class CoordinatorHomeTest extends StubbedServicesTest {

    static final String ALERTS = "/schedule/api/v1/alerts";
    static final String PROPOSALS = "/matching/api/v1/matches";
    static final String WAITING = "/matching/api/v1/waiting-list";
    static final String ROSTER = "/volunteer/api/v1/volunteers";
    static final String WEBHOOKS = "/matching/api/v1/pathway-notifications";

    static final UUID AMINA = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
    static final UUID ESCALATION = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID MISSED = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID DBS_RENEWAL = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final String DBS_DETAIL = "DBS check due for renewal on 3 March 2027, in 60 days. Record the new check on"
            + " the coach's page; from that date they take no new people until it is recorded.";
    static final String ON_HOLD_REASON =
            "The only coaches who fit them are on hold (DBS check expired or supervision overdue)";



    @BeforeEach
    void everyServiceAnswers() {
        StubServices.reset();
        StubServices.json(ALERTS, """
                [{"alertId":"%s","kind":"ESCALATION","category":"CLINICAL_RED_FLAG","coachId":"%s",
                  "detail":"Chest pain when walking","raisedAt":"2026-12-01T18:00:00Z","raisedBy":"volunteer-x"},
                 {"alertId":"%s","kind":"MISSED_CALLS","coachId":"%s","detail":"Two calls in a row with no answer",
                  "raisedAt":"2026-10-24T17:30:00Z"}]""".formatted(ESCALATION, AMINA, MISSED, AMINA));
        StubServices.json(PROPOSALS, """
                [{"id":"%s","personFirstName":"Priya","coachFirstName":"Amina","pathway":"DIABETES",
                  "status":"PROPOSED","proposedAt":"2026-11-30T09:30:00Z","score":{"total":0.81}}]"""
                .formatted(UUID.randomUUID()));
        StubServices.json(WAITING, """
                [{"referralId":"%s","firstName":"Tomasz","pathway":"COPD","daysWaiting":23,"imdDecile":2,
                  "rematch":true,"conditions":[{"code":"COPD","name":"COPD"}]}]""".formatted(UUID.randomUUID()));
        StubServices.json(ROSTER, """
                {"items":[{"id":"%s","firstName":"Amina","lastName":"Hassan","status":"ACTIVE","competenceLevel":2,
                  "dbsRenewalDue":"2026-12-20","flags":["DBS_RENEWAL_DUE"]},
                  {"id":"%s","firstName":"Ben","lastName":"Lloyd","status":"ACTIVE","flags":[]}],
                 "page":0,"size":200,"totalItems":2,"totalPages":1}""".formatted(AMINA, UUID.randomUUID()));
        StubServices.json(WEBHOOKS, """
                [{"id":"%s","referralId":"%s","pathway":"CARDIAC_REHAB","type":"MATCHED","attempts":4,
                  "lastStatus":502,"lastError":"Bad gateway","nextAttemptAt":"2026-12-01T19:00:00Z",
                  "createdAt":"2026-12-01T10:00:00Z"}]""".formatted(UUID.randomUUID(), UUID.randomUUID()));
    }

    @Test
    void theHintsAndErrorsOnTheHomeAndTheWaitingListAndImportAreLinkedToTheirFields() {
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(home());
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(coordinator).get("/coordinator/proposals")
                .then().statusCode(200).extract().asString());
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(coordinator).get("/coordinator/import")
                .then().statusCode(200).extract().asString());
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(coordinator).queryParam("from", "soon")
                .get("/coordinator/reports").then().statusCode(400).extract().asString());
        StubServices.problem("/schedule/api/v1/alerts/" + ESCALATION + "/closure", 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"action","message":"must not be blank"}]}""");
        org.peercoaching.web.Browser.hintsAndErrorsAreLinked(withSession(coordinator).formParam("action", "")
                .post("/coordinator/alerts/" + ESCALATION + "/close").then().statusCode(400).extract().asString());
    }

    String home() {
        String page = withSession(coordinator).get("/coordinator").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        return page;
    }

    static String section(String page, String id) {
        int start = page.indexOf("<section aria-labelledby=\"" + id + "\">");
        assertTrue(start >= 0, "section " + id + " in\n" + page);
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void theHomeShowsEverySectionFromTheServicesAnswers() {
        String page = home();
        String escalations = section(page, "escalations");
        assertTrue(escalations.contains("Safety concerns (1)"), escalations);
        assertTrue(escalations.contains("Clinical red flag"), escalations);
        assertTrue(escalations.contains("raised by Amina Hassan"), "coach name from the roster: " + escalations);
        assertTrue(escalations.contains("Tuesday 1 December, 6pm"), escalations);
        assertTrue(escalations.contains("Chest pain when walking"), escalations);
        assertTrue(escalations.contains("/coordinator/alerts/" + ESCALATION + "/close"), escalations);

        String missed = section(page, "missed");
        assertTrue(missed.contains("Calls missed: Amina Hassan"), missed);
        assertTrue(missed.contains("Saturday 24 October, 6:30pm"), "BST shown as London time: " + missed);

        String proposals = section(page, "proposals");
        assertTrue(proposals.contains("Proposals waiting for you (1)"), proposals);
        assertTrue(proposals.contains("Priya (Diabetes) with Amina: proposed Monday 30 November, 9:30am"), proposals);

        String waiting = section(page, "waiting");
        assertTrue(waiting.contains("Tomasz"), waiting);
        assertTrue(waiting.contains("Re-match"), waiting);
        assertTrue(waiting.contains("23 days"), waiting);

        String coaches = section(page, "coaches");
        assertTrue(coaches.contains("Coaches needing attention (1)"), "only flagged coaches: " + coaches);
        assertTrue(coaches.contains("DBS renewal due"), coaches);
        assertTrue(coaches.contains("20 December 2026"), coaches);
        assertTrue(coaches.contains("/coordinator/coaches/" + AMINA), coaches);
        assertFalse(coaches.contains("Ben Lloyd"), coaches);

        String webhooks = section(page, "webhooks");
        assertTrue(webhooks.contains("CARDIAC_REHAB"), webhooks);
        assertTrue(webhooks.contains("502 Bad gateway"), webhooks);
    }

    @Test
    void aCoachOrPathwayUpdateWithNoDatesStillShows() {
        UUID chidi = UUID.randomUUID();
        StubServices.json(ROSTER, """
                {"items":[{"id":"%s","firstName":"Chidi","lastName":"Eze","status":"ACTIVE",
                  "flags":["SUPERVISION_OVERDUE"]}],"page":0,"size":200,"totalItems":1,"totalPages":1}"""
                .formatted(chidi));
        StubServices.json(WEBHOOKS, """
                [{"id":"%s","referralId":"%s","pathway":"COPD","type":"MATCHED","attempts":10,"lastStatus":410,
                  "lastError":"Gone","createdAt":"2026-12-01T10:00:00Z"}]""".formatted(UUID.randomUUID(), UUID.randomUUID()));
        String page = home();
        String coaches = section(page, "coaches");
        assertTrue(coaches.contains("Chidi Eze"), coaches);
        assertTrue(coaches.contains("Supervision overdue"), coaches);
        assertTrue(section(page, "webhooks").contains("410 Gone"), page);
    }

    @Test
    void theServicesAreCalledWithTheCoordinatorsOwnToken() {
        home();
        List<StubServices.Call> calls = StubServices.CALLS;
        assertEquals(5, calls.size(), calls.toString());
        assertTrue(calls.stream().allMatch(c -> ("Bearer " + coordinator).equals(c.authorization())), calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.path().equals("/matching/api/v1/matches?status=PROPOSED")),
                calls.toString());
    }

    @Test
    void emptyAnswersSayThereIsNothingToDo() {
        StubServices.json(ALERTS, "[]");
        StubServices.json(PROPOSALS, "[]");
        StubServices.json(WAITING, "[]");
        StubServices.json(ROSTER, "{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0,\"totalPages\":0}");
        StubServices.json(WEBHOOKS, "[]");
        String page = home();
        assertTrue(page.contains("No open safety concerns."), page);
        assertTrue(page.contains("No proposals are waiting for you."), page);
        assertTrue(page.contains("Nobody is waiting without a proposal."), page);
        assertTrue(page.contains("No missed-call alerts."), page);
        assertTrue(page.contains("No DBS check is due for renewal soon."), page);
        assertTrue(page.contains("No coach is on hold or has a DBS renewal or supervision due."), page);
        assertTrue(page.contains("Every pathway has been told about its referrals."), page);
    }

    @Test
    void whenMatchingFailsItsSectionsSaySoAndTheRestOfThePageStillShows() {
        StubServices.status(PROPOSALS, 500);
        StubServices.status(WAITING, 500);
        StubServices.status(WEBHOOKS, 500);
        String page = home();
        for (String id : List.of("proposals", "waiting", "webhooks")) {
            String section = section(page, id);
            assertTrue(section.contains("The matching-service could not do that just now"), section);
            assertFalse(section.contains("No proposals are waiting"), "not told there is nothing: " + section);
            assertFalse(section.contains("Nobody is waiting"), section);
            assertFalse(section.contains("Every pathway has been told"), section);
        }
        assertTrue(section(page, "escalations").contains("Chest pain when walking"), page);
        assertTrue(section(page, "coaches").contains("Amina Hassan"), page);
        assertFalse(page.contains("boom"), "the service's own error text stays in the log");
    }

    @Test
    void whenTheVolunteerServiceIsDownTheRosterSectionSaysItCouldNotBeReached() {
        StubServices.drop(ROSTER);
        String page = home();
        String coaches = section(page, "coaches");
        assertTrue(coaches.contains("We could not reach the volunteer-service just now"), coaches);
        assertFalse(coaches.contains("No coach is on hold"), coaches);
        assertTrue(section(page, "escalations").contains("raised by a coach"), "no names, but the alert: " + page);
        assertTrue(section(page, "proposals").contains("Priya"), page);
    }

    @Test
    void whenScheduleFailsEveryAlertSectionSaysSo() {
        StubServices.status(ALERTS, 503);
        String page = home();
        assertTrue(section(page, "escalations").contains("The schedule-service could not do that just now"), page);
        assertTrue(section(page, "missed").contains("The schedule-service could not do that just now"), page);
        assertTrue(section(page, "dbs-renewals").contains("The schedule-service could not do that just now"), page);
        assertFalse(page.contains("No open safety concerns."), "a failure is not the same as nothing to do");
        assertFalse(page.contains("No DBS check is due for renewal soon."), page);
        assertTrue(section(page, "waiting").contains("Tomasz"), page);
    }

    @Test
    void whenEveryServiceIsDownThePageStillShows() {
        for (String path : List.of(ALERTS, PROPOSALS, WAITING, ROSTER, WEBHOOKS)) {
            StubServices.drop(path);
        }
        String page = home();
        assertTrue(page.contains("What needs you today"), page);
        assertTrue(page.contains("We could not reach the matching-service just now"), page);
    }

    @Test
    void aServiceSayingTheSessionHasEndedSendsTheBrowserToSignIn() {
        StubServices.status(WAITING, 401);
        withSession(coordinator).get("/coordinator").then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void closingAnAlertWithoutSayingWhatWasDoneShowsTheMessageOnThatAlert() {
        StubServices.problem("/schedule/api/v1/alerts/" + ESCALATION + "/closure", 400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"action","message":"must not be blank"}]}""");
        String page = withSession(coordinator).formParam("action", "").post("/coordinator/alerts/" + ESCALATION + "/close")
                .then().statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("id=\"action-" + ESCALATION + "-error\""), page);
        assertTrue(page.contains("Say what was done before you close this"), page);
    }

    @Test
    void closingAnAlertGoesBackHomeWithANotice() {
        StubServices.json("/schedule/api/v1/alerts/" + ESCALATION + "/closure", "");
        withSession(coordinator).formParam("action", " Called the person ")
                .post("/coordinator/alerts/" + ESCALATION + "/close").then().statusCode(303)
                .header("Location", endsWith("/coordinator"));
        StubServices.Call close = StubServices.CALLS.get(StubServices.CALLS.size() - 1);
        assertEquals("POST", close.method());
        assertEquals("{\"action\":\"Called the person\"}", close.body());
        String flash = org.peercoaching.web.pages.Flash.notice("The alert was closed.").getValue();
        withSession(coordinator).cookie("pc_notice", flash).get("/coordinator").then().statusCode(200)
                .body(containsString("The alert was closed."));
    }

    @Test
    void aMessageCannotBePutOnThePageThroughTheAddress() {
        withSession(coordinator).queryParam("notice", "Call 0900 123 456 now").queryParam("closed", "1")
                .get("/coordinator").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("0900 123 456")))
                .body(org.hamcrest.Matchers.not(containsString("The alert was closed.")));
    }

    @Test
    void aDbsRenewalAlertNamesTheCoachWithALinkAndHasNoPlanOrPerson() {
        StubServices.json(ALERTS, """
                [{"alertId":"%s","kind":"DBS_RENEWAL_DUE","category":null,"planId":null,"callId":null,
                  "referralId":null,"coachId":"%s","detail":"%s","raisedAt":"2027-01-02T09:00:00Z","raisedBy":null,
                  "closedAt":null,"closedBy":null,"closingAction":null},
                 {"alertId":"%s","kind":"MISSED_CALLS","coachId":"%s","detail":"Two calls in a row with no answer",
                  "raisedAt":"2026-10-24T17:30:00Z"}]""".formatted(DBS_RENEWAL, AMINA, DBS_DETAIL, MISSED, AMINA));
        String page = home();
        String renewals = section(page, "dbs-renewals");
        assertTrue(renewals.contains("DBS renewals due (1)"), renewals);
        assertTrue(renewals.contains("DBS renewal due: <a href=\"/coordinator/coaches/" + AMINA + "\">Amina Hassan</a>"),
                renewals);
        assertTrue(renewals.contains(DBS_DETAIL.replace("'", "&#39;")), renewals);
        assertTrue(renewals.contains("Saturday 2 January, 9am"), renewals);
        assertTrue(renewals.contains("action=\"/coordinator/alerts/" + DBS_RENEWAL + "/close\""), renewals);
        assertFalse(page.matches("(?s).*\\bnull\\b.*"), "no \"null\" for the missing plan, person or category: " + page);

        String missed = section(page, "missed");
        assertTrue(missed.contains("Missed calls and calls with no time (1)"), "a renewal is not a missed call: " + missed);
        assertFalse(missed.contains("DBS"), missed);
        assertTrue(section(page, "escalations").contains("Safety concerns (0)"), page);
    }

    @Test
    void aDbsRenewalAlertForACoachNotOnTheRosterSaysACoach() {
        UUID stranger = UUID.randomUUID();
        StubServices.json(ALERTS, """
                [{"alertId":"%s","kind":"DBS_RENEWAL_DUE","coachId":"%s","detail":"DBS check due for renewal on 3 March 2027, in 7 days.",
                  "raisedAt":"2027-02-24T09:00:00Z"},
                 {"alertId":"%s","kind":"DBS_RENEWAL_DUE","coachId":null,"detail":null,"raisedAt":null}]"""
                .formatted(DBS_RENEWAL, stranger, UUID.randomUUID()));
        String page = home();
        String renewals = section(page, "dbs-renewals");
        assertTrue(renewals.contains("DBS renewals due (2)"), renewals);
        assertTrue(renewals.contains("<a href=\"/coordinator/coaches/" + stranger + "\">a coach</a>"), renewals);
        assertTrue(renewals.contains("DBS renewal due: a coach</h3>"), "no link without a coach: " + renewals);
        assertTrue(renewals.contains("in 7 days"), renewals);
        assertFalse(page.matches("(?s).*\\bnull\\b.*"), page);
    }

    @Test
    void alertsWithFieldsMissingOrOfAKindThePageDoesNotKnowStillShow() {
        StubServices.json(ALERTS, """
                [{"alertId":"%s","kind":"ESCALATION","category":null,"coachId":"%s","detail":null,"raisedAt":null},
                 {"alertId":"%s","kind":"SOMETHING_NEW","coachId":"%s","detail":"Something to look at",
                  "raisedAt":"2026-12-01T18:00:00Z"}]""".formatted(ESCALATION, AMINA, MISSED, AMINA));
        String page = home();
        assertTrue(section(page, "escalations").contains("Concern</span> raised by Amina Hassan"), page);
        assertTrue(section(page, "missed").contains("Something new: Amina Hassan"), page);
        assertFalse(section(page, "missed").contains("No time fits both"), page);
        assertFalse(page.matches("(?s).*\\bnull\\b.*"), page);
    }

    @Test
    void aCoachOnHoldIsListedFirstAmongCoachesNeedingAttentionWithWhy() {
        UUID zainab = UUID.randomUUID();
        StubServices.json(ROSTER, """
                {"items":[{"id":"%s","firstName":"Amina","lastName":"Hassan","status":"ACTIVE",
                  "flags":["KIT_DUE_BACK"],"holds":[]},
                  {"id":"%s","firstName":"Zainab","lastName":"Ali","status":"ACTIVE",
                  "flags":["DBS_EXPIRED","SUPERVISION_OVERDUE"],
                  "holds":[{"reason":"DBS_EXPIRED","since":"2027-03-03","description":"On hold: DBS check expired on 3 March 2027"},
                           {"reason":"SUPERVISION_OVERDUE","since":"2027-02-15","description":null}]},
                  {"id":"%s","firstName":"Ben","lastName":"Lloyd","status":"ACTIVE","flags":[],"holds":null}],
                 "page":0,"size":200,"totalItems":3,"totalPages":1}""".formatted(AMINA, zainab, UUID.randomUUID()));
        String coaches = section(home(), "coaches");
        assertTrue(coaches.contains("Coaches needing attention (2)"), coaches);
        assertTrue(coaches.indexOf("Zainab Ali") < coaches.indexOf("Amina Hassan"), "on hold first: " + coaches);
        assertTrue(coaches.contains("<span class=\"tag tag--red\">On hold: DBS check expired on 3 March 2027</span>"),
                coaches);
        assertTrue(coaches.contains("On hold: supervision overdue since 15 February 2027"),
                "a hold with no description still reads as a sentence: " + coaches);
        assertFalse(coaches.contains(">DBS expired<"), "the flag would only repeat the hold: " + coaches);
        assertTrue(coaches.contains("Loaned kit due back"), coaches);
        for (String code : List.of("KIT_DUE_BACK", "DBS_EXPIRED", "SUPERVISION_OVERDUE")) {
            assertFalse(coaches.contains(code), "flags in words, not codes: " + coaches);
        }
        assertFalse(coaches.contains("Ben Lloyd"), coaches);
    }

    @Test
    void someoneWaitingBecauseTheirOnlyCoachesAreOnHoldShowsWhy() {
        StubServices.json(WAITING, """
                [{"referralId":"%s","firstName":"Tomasz","pathway":"COPD","daysWaiting":23,"imdDecile":2,
                  "noCoachFits":true,"noCoachFitsReason":"%s","conditions":[{"code":"COPD","name":"COPD"}]}]"""
                .formatted(UUID.randomUUID(), ON_HOLD_REASON));
        String waiting = section(home(), "waiting");
        assertTrue(waiting.contains("No coach fits"), waiting);
        assertTrue(waiting.contains(ON_HOLD_REASON), waiting);
    }
}
