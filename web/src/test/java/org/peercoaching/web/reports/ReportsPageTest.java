package org.peercoaching.web.reports;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.noStackTrace;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

@QuarkusTest
@TestProfile(StubServices.Profile.class)
class ReportsPageTest extends StubbedServicesTest {



    @BeforeEach
    void reports() {
        StubServices.reset();
        StubServices.json("/matching/api/v1/reports/matching", """
                {"from":"2026-11","to":"2026-12","months":[
                  {"month":"2026-11","referred":14,"eligible":12,"matched":9,"graduated":3,"withdrawn":1},
                  {"month":"2026-12","referred":5,"eligible":5,"matched":2,"graduated":0,"withdrawn":0}],
                 "waitingByDecile":[{"imdDecile":1,"matched":6,"medianDaysToMatch":9.5,"meanDaysToMatch":11.2,
                   "waitingNow":2,"medianDaysWaitingNow":7.0}],
                 "activationAtReferral":{"level1":9,"level2":13,"level3":2,"level4":0,"withoutLevel":1},
                 "stagesNow":{"waiting":5,"proposed":1,"matchedNotStarted":2,"byStage":{"WEEKLY":18,"FORTNIGHTLY":11}}}""");
        StubServices.json("/schedule/api/v1/reports/schedule", """
                {"from":"2026-11","to":"2026-12","months":[
                  {"month":"2026-11","plansStarted":9,"graduated":3,"callsCompleted":40,"callsMissed":6,"escalations":1},
                  {"month":"2026-12","plansStarted":2,"graduated":0,"callsCompleted":8,"callsMissed":1,"escalations":0}],
                 "stagesNow":{"WEEKLY":18},"awaitingFollowUp":1,
                 "activation":{"people":2,"levelAtReferralHeld":false,"note":"The level at referral is not held by schedule-service (only the score at referral, recorded with the follow-up); levels are counted at follow-up only.",
                   "byInstrument":[{"instrument":"PAM-13","people":2,"meanScoreAtReferral":45.5,
                     "meanScoreAtFollowUp":53.8,"meanChange":8.3,"levelsAtFollowUp":{"3":1},"levelNotRecorded":1}]}}""");
        StubServices.json("/volunteer/api/v1/activity", """
                {"from":"2026-11-01","to":"2026-12-31","callsCompleted":48,"hours":21.5,"coaches":[
                  {"volunteerId":"3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b","firstName":"Aisha","lastName":"Khan",
                   "callsRecorded":50,"callsCompleted":48,"minutes":1290,"hours":21.5}]}""");
    }

    /** WCAG 2.x relative luminance of "#rrggbb". */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void everyBarAndSwatchColourHasAtLeast3To1AgainstWhite() {
        String page = withSession(coordinator).queryParam("from", "2026-11").queryParam("to", "2026-12")
                .get("/coordinator/reports").then().statusCode(200).extract().asString();
        java.util.Set<String> fills = new java.util.TreeSet<>();
        java.util.regex.Pattern.compile("<rect [^>]*fill=\"(#[0-9a-fA-F]{6})\"").matcher(page).results()
                .forEach(m -> fills.add(m.group(1).toLowerCase()));
        assertTrue(fills.size() >= 4, "the charts' colours: " + fills);
        // text inside an SVG always "needs review" for colour contrast in axe-core: the axis labels are HTML
        assertTrue(!page.contains("<text"), "no SVG text: " + page);
        assertTrue(page.contains("<ol class=\"plot__x\" aria-hidden=\"true\"><li>Nov 26</li>"), page);
        for (String fill : fills) {
            double contrast = 1.05 / (luminance(fill) + 0.05);
            assertTrue(contrast >= 3.0, fill + " is only " + String.format("%.2f", contrast)
                    + ":1 against white (WCAG 1.4.11 needs 3:1)");
        }
    }

    @Test
    void theActivationNoteIsInThePagesWordsNotTheServices() {
        String page = withSession(coordinator).queryParam("from", "2026-11").queryParam("to", "2026-12")
                .get("/coordinator/reports").then().statusCode(200).extract().asString();
        assertTrue(!page.contains("schedule-service") && !page.contains("not held by"), page);
        assertTrue(page.contains("Activation levels (1 to 4) are counted at follow-up only: the level at referral is"
                + " not recorded with the call records, only the score."), page);
    }

    @Test
    void theReportsShowEachChartWithItsNumbersAndTheVolunteerHours() {
        String page = withSession(coordinator).queryParam("from", "2026-11").queryParam("to", "2026-12")
                .get("/coordinator/reports").then().statusCode(200).extract().asString();
        noStackTrace(page);
        for (String text : new String[] {"People referred, matched and graduated each month", "People in each stage now",
                "Calls completed and missed each month", "Activation score before and after coaching (mean)",
                "Waiting time by IMD decile", "<svg", "Nov 26", "Aisha Khan", "21.5 hours", "53.8"}) {
            assertTrue(page.contains(text), text + " missing from " + page);
        }
        assertTrue(StubServices.CALLS.stream().anyMatch(c -> c.path().contains("/reports/matching?from=2026-11&to=2026-12")));
    }

    @Test
    void theCsvHoldsEveryNumberInLongForm() {
        String csv = withSession(coordinator).queryParam("from", "2026-11").queryParam("to", "2026-12")
                .get("/coordinator/reports.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(csv.startsWith("section,group,measure,value\r\n"), csv);
        assertTrue(csv.contains("people by month,2026-11,referred,14"), csv);
        assertTrue(csv.contains("calls by month,2026-12,calls missed,1"), csv);
        assertTrue(csv.contains("waiting by IMD decile,IMD decile 1,median days to match,9.5"), csv);
        assertTrue(csv.contains("activation before and after,PAM-13,mean change,8.3"), csv);
        assertTrue(csv.contains("volunteer hours,2026-11-01 to 2026-12-31,hours,21.5"), csv);
    }

    @Test
    void aBadMonthIsShownNextToItsField() {
        String page = withSession(coordinator).queryParam("from", "last spring").get("/coordinator/reports").then()
                .statusCode(400).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("id=\"from-error\""), page);
        assertTrue(page.contains("Enter a month like 2026-01"), page);
        withSession(coordinator).queryParam("from", "2026-12").queryParam("to", "2026-01").get("/coordinator/reports")
                .then().statusCode(400).body(containsString("The start month must be the same as or before the end month"));
    }

    @Test
    void theCsvRefusesTheSamePeriodsAsThePage() {
        withSession(coordinator).queryParam("from", "2020-01").queryParam("to", "2026-12").get("/coordinator/reports.csv")
                .then().statusCode(400).body(containsString("Choose a period of 36 months or less"));
        withSession(coordinator).queryParam("from", "2026-12").queryParam("to", "2026-01").get("/coordinator/reports.csv")
                .then().statusCode(400).body(containsString("The start month must be the same as or before the end month"));
    }

    @Test
    void whenOneServiceIsDownTheOtherReportsStillShow() {
        StubServices.status("/schedule/api/v1/reports/schedule", 500);
        String page = withSession(coordinator).get("/coordinator/reports").then().statusCode(200).extract().asString();
        noStackTrace(page);
        assertTrue(page.contains("could not do that just now"), page);
        assertTrue(page.contains("People referred, matched and graduated each month"), page);
    }
}
