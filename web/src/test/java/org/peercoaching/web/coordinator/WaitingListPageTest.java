package org.peercoaching.web.coordinator;

import static org.hamcrest.Matchers.containsString;
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

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class WaitingListPageTest extends StubbedServicesTest {

    static final String ON_HOLD_REASON =
            "The only coaches who fit them are on hold (DBS check expired or supervision overdue)";



    @BeforeEach
    void servicesAnswer() {
        StubServices.reset();
        StubServices.json("/matching/api/v1/matches", "[]");
        StubServices.json("/matching/api/v1/waiting-list", """
                [{"referralId":"%s","firstName":"Tomasz","pathway":"COPD","daysWaiting":23,"imdDecile":2,"position":1,
                  "noCoachFits":true,"noCoachFitsReason":"%s","conditions":[{"code":"COPD","name":"COPD"}]},
                 {"referralId":"%s","firstName":"Priya","pathway":"DIABETES","daysWaiting":2,"imdDecile":5,"position":2,
                  "noCoachFits":false,"noCoachFitsReason":null,"conditions":[{"code":"T2D","name":"Type 2 diabetes"}]}]"""
                .formatted(UUID.randomUUID(), ON_HOLD_REASON, UUID.randomUUID()));
    }

    @Test
    void peopleWithTheSameFirstNameCanBeToldApartWithTheDaysTheyWaitedAndTheirPathwayInWords() {
        StubServices.json("/matching/api/v1/waiting-list", """
                [{"referralId":"%s","firstName":"Brian","lastNameInitial":"J","pathway":"pain-management","daysWaiting":23,
                  "receivedAt":"2026-11-12T23:30:00Z","imdDecile":2,"position":1,"language":"ur","languageName":"Urdu",
                  "conditions":[{"code":"82423001","name":"Chronic pain"}]},
                 {"referralId":"%s","firstName":"Brian","lastNameInitial":"K","pathway":"rheumatology","daysWaiting":1,
                  "receivedAt":"2026-12-04T10:00:00Z","imdDecile":5,"position":2,"language":"en","languageName":"English",
                  "conditions":[{"code":"69896004","name":"Rheumatoid arthritis"}]},
                 {"referralId":"%s","firstName":"Brian","pathway":"copd","daysWaiting":0,
                  "receivedAt":"2026-12-05T10:00:00Z","imdDecile":5,"position":3,"language":"pl","languageName":"Polish",
                  "conditions":[]}]"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        String page = withSession(coordinator).get("/coordinator/proposals").then().statusCode(200).extract().asString();
        noStackTrace(page);
        String first = rowOf(page, "Brian J.");
        assertTrue(first.contains("Pain management"), first);
        assertTrue(first.contains("23 days"), first);
        assertTrue(first.contains("referred 12 November"), "the date received, in London (23:30Z is 12 November): " + first);
        assertTrue(first.contains("Urdu"), first);
        String second = rowOf(page, "Brian K.");
        assertTrue(second.contains("Rheumatology") && second.contains("1 day") && second.contains("English"), second);
        String third = rowOf(page, "COPD");
        assertTrue(third.contains("Referred today") && third.contains("Polish"), third);
        assertFalse(page.contains("pain-management") || page.contains(">rheumatology<"), "pathways as codes: " + page);
        assertFalse(page.contains("0 days"), page);
        assertTrue(page.contains("Choose a coach<span class=\"visually-hidden\"> for Brian J.</span>"), page);
    }

    @Test
    void proposalCardsTellPeopleWithTheSameFirstNameApart() {
        StubServices.json("/matching/api/v1/matches", """
                [{"id":"%s","referralId":"%s","volunteerId":"%s","coachFirstName":"Imran","status":"PROPOSED",
                  "proposedAt":"2026-12-05T10:00:00Z","personFirstName":"Brian","personLastNameInitial":"J",
                  "pathway":"pain-management","daysWaiting":3,"reasons":["Same condition: chronic pain"]},
                 {"id":"%s","referralId":"%s","volunteerId":"%s","coachFirstName":"Ada","status":"PROPOSED",
                  "proposedAt":"2026-12-05T11:00:00Z","personFirstName":"Brian","personLastNameInitial":"K",
                  "pathway":"rheumatology","daysWaiting":1,"reasons":["Both speak Urdu"]}]"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID()));
        String page = withSession(coordinator).get("/coordinator/proposals").then().statusCode(200).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("<h3>Brian J. and Imran</h3>"), page);
        assertTrue(page.contains("<h3>Brian K. and Ada</h3>"), page);
        assertTrue(page.contains("Confirm Brian K. with Ada"), page);
        String home = withSession(coordinator).get("/coordinator").then().statusCode(200).extract().asString();
        assertTrue(home.contains("Brian J.") && home.contains("Brian K."), home);
    }

    @Test
    void aRefusedConfirmationIsExplainedInThePagesOwnWordsNotTheServices() {
        UUID match = UUID.randomUUID();
        StubServices.problem("/matching/api/v1/matches/" + match + "/confirm", 409, """
                {"type":"https://peer-coaching.example.nhs.uk/problems/not-possible-now","title":"This conflicts with what we already hold",
                 "status":409,"detail":"Only a proposed match can be confirmed; this one is CONFIRMED."}""");
        String page = withSession(coordinator).post("/coordinator/proposals/" + match + "/confirm").then()
                .statusCode(409).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("it has already been confirmed or declined, perhaps by another coordinator"), page);
        assertFalse(page.contains("CONFIRMED") || page.contains("proposed match"), "service wording: " + page);

        StubServices.problem("/matching/api/v1/matches/" + match + "/confirm", 409, """
                {"type":"https://peer-coaching.example.nhs.uk/problems/coach-has-no-room","title":"This conflicts with what we already hold",
                 "status":409,"detail":"This coach has no room under the caseload cap."}""");
        page = withSession(coordinator).post("/coordinator/proposals/" + match + "/confirm").then()
                .statusCode(409).extract().asString();
        assertTrue(page.contains("the coach has no room for another person now"), page);
        assertFalse(page.contains("caseload cap"), "service wording: " + page);
    }

    static String rowOf(String page, String name) {
        int at = page.indexOf(name);
        assertTrue(at >= 0, name + " in\n" + page);
        return page.substring(page.lastIndexOf("<tr>", at), page.indexOf("</tr>", at));
    }

    @Test
    void someoneWaitingBecauseTheirOnlyCoachesAreOnHoldShowsWhy() {
        String page = withSession(coordinator).get("/coordinator/proposals").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        noStackTrace(page);
        String tomasz = rowOf(page, "Tomasz");
        assertTrue(tomasz.contains("<span class=\"tag tag--yellow\">No coach fits</span>"), tomasz);
        assertTrue(tomasz.contains(ON_HOLD_REASON), tomasz);

        String priya = rowOf(page, "Priya");
        assertFalse(priya.contains("No coach fits"), priya);
        assertFalse(priya.matches("(?s).*\\bnull\\b.*"), priya);
    }
}
