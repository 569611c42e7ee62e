package org.peercoaching.web.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;
import static org.peercoaching.web.coordinator.SafetyConcernsTest.card;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/**
 * Issue #18: a "no time fits both" alert names the person who has no call time and their coach, says the stage in
 * words, and can be put right from the alert.
 */
@QuarkusTest
@TestProfile(StubServices.Profile.class)
class NoTimeFitsAlertTest extends StubbedServicesTest {

    static final UUID AMINA = SafetyConcernsTest.AMINA;
    static final UUID NO_SLOT = UUID.fromString("88888888-8888-4888-8888-888888888888");
    static final UUID BRIAN = SafetyConcernsTest.BRIAN;

    @BeforeEach
    void services() {
        StubServices.reset();
        StubServices.json(CoordinatorHomeTest.ALERTS, """
                [{"alertId":"%s","kind":"NO_COMMON_SLOT","coachId":"%s","referralId":"%s","planId":"%s",
                  "detail":"No time fits both the coach's and the person's call windows for the WEEKLY calls.",
                  "raisedAt":"2026-12-01T10:00:00Z","personFirstName":"Brian","personPhone":"07700 900123",
                  "stage":"WEEKLY","notes":[]}]""".formatted(NO_SLOT, AMINA, BRIAN, UUID.randomUUID()));
        StubServices.json("/matching/api/v1/referrals/" + BRIAN, """
                {"id":"%s","pathway":"copd","status":"IN_PROGRAMME",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123","conditions":[]}}"""
                .formatted(BRIAN));
        StubServices.json(CoordinatorHomeTest.ROSTER, """
                {"items":[{"id":"%s","firstName":"Amina","lastName":"Hassan","phone":"07700 900999",
                  "status":"ACTIVE","competenceLevel":2,"flags":[]}],
                 "page":0,"size":200,"totalItems":1,"totalPages":1}""".formatted(AMINA));
        for (String path : List.of(CoordinatorHomeTest.PROPOSALS, CoordinatorHomeTest.WAITING,
                CoordinatorHomeTest.WEBHOOKS)) {
            StubServices.json(path, "[]");
        }
    }

    String alert() {
        String page = withSession(coordinator).get("/coordinator").then().statusCode(200).extract().asString();
        noStackTrace(page);
        return card(page, NO_SLOT);
    }

    @Test
    void theAlertNamesThePersonWithNoTimeAndTheirCoachAndTheStageInWords() {
        String alert = alert();
        assertTrue(alert.contains("No time fits both: Brian Jones"), alert);
        assertTrue(alert.contains("<a href=\"/coordinator/coaches/" + AMINA + "\">Amina Hassan</a>"), alert);
        assertTrue(alert.contains("weekly calls"), alert);
        assertFalse(alert.contains("WEEKLY"), "no codes: " + alert);
        assertTrue(alert.contains("href=\"tel:07700900123\""), "phone Brian to agree a time: " + alert);
    }

    @Test
    void theAlertLinksToTheCoachsCallTimesAndOffersAnotherCoach() {
        String alert = alert();
        assertTrue(alert.contains("href=\"/coordinator/coaches/" + AMINA + "#call-times\""), alert);
        assertTrue(alert.contains("action=\"/coordinator/alerts/" + NO_SLOT + "/rematch\""), alert);
        assertTrue(alert.contains("Find Brian another coach"), alert);
    }

    @Test
    void anAlertThatIsNoLongerOpenIsNotReMatched() {
        StubServices.json(CoordinatorHomeTest.ALERTS, "[]");
        String page = withSession(coordinator).post("/coordinator/alerts/" + NO_SLOT + "/rematch").then()
                .statusCode(404).extract().asString();
        assertTrue(page.contains("This alert is no longer open"), page);
        assertTrue(StubServices.CALLS.stream().noneMatch(c -> c.path().contains("/rematch")), "nothing re-matched");
    }

    @Test
    void findingAnotherCoachReMatchesThePersonAndClosesTheAlertSayingSo() {
        StubServices.json("/matching/api/v1/referrals/" + BRIAN + "/rematch", "{}");
        StubServices.json("/schedule/api/v1/alerts/" + NO_SLOT + "/closure", "{}");
        String notice = withSession(coordinator)
                .post("/coordinator/alerts/" + NO_SLOT + "/rematch").then().statusCode(303)
                .extract().cookie("pc_notice");
        assertTrue(notice != null && !notice.isBlank(), "a notice says what happened");
        List<StubServices.Call> calls = StubServices.CALLS;
        StubServices.Call rematch = calls.get(calls.size() - 2);
        assertEquals("/matching/api/v1/referrals/" + BRIAN + "/rematch", rematch.path());
        assertEquals("{\"reason\":\"No time fits both Brian and their coach for the weekly calls\"}", rematch.body());
        StubServices.Call close = calls.get(calls.size() - 1);
        assertEquals("/schedule/api/v1/alerts/" + NO_SLOT + "/closure", close.path());
        assertTrue(close.body().contains("another coach"), close.body());
    }
}
