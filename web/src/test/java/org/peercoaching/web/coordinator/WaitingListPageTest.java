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
