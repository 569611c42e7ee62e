package org.peercoaching.matching.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * The matching report. The history is stored directly in 2025 (no other test writes there), so the monthly
 * counts are exact; figures about now are compared with the report before the story.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class MatchingReportApiTest extends Scenario {

    @Inject
    ReferralRepository referralRepository;

    @Inject
    MatchRepository matchRepository;

    static JsonPath report(String token, String query) {
        return as(token).when().get("/api/v1/reports/matching" + query).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
    }

    static int editionCount(JsonPath report, String edition) {
        Map<String, Object> editions = report.getMap("decileEditions");
        return editions == null || !editions.containsKey(edition) ? 0 : ((Number) editions.get(edition)).intValue();
    }

    Referral stored(int decile, Integer level, String received, ReferralStatus status, String statusChanged) {
        Referral r = Fixtures.storedReferral("Person", "NON_BINARY", decile, "en", Instant.parse(received),
                ReferralStatus.RECEIVED);
        r.activationLevel = level;
        r.moveTo(status, Instant.parse(statusChanged));
        return r;
    }

    Match confirmed(Referral r, UUID coach, String confirmedAt, MatchStatus status, String stage) {
        Match m = new Match();
        m.id = UUID.randomUUID();
        m.referralId = r.id;
        m.volunteerId = coach;
        m.status = status;
        m.proposedAt = Instant.parse(confirmedAt);
        m.confirmedAt = Instant.parse(confirmedAt);
        m.stage = stage;
        if (status == MatchStatus.ENDED) {
            m.closedAt = m.confirmedAt.plus(Duration.ofDays(20));
            m.closeReason = "COACH_PAUSED";
        }
        return m;
    }

    @Test
    void reportCountsReferralsAndMatchesByLondonMonth() {
        UUID coach = coachJoins("Rita", "FEMALE");
        JsonPath before = report(Fixtures.COORDINATOR_TOKEN, "");
        JsonPath beforeInPeriod = report(Fixtures.COORDINATOR_TOKEN, "?from=2025-01&to=2025-06");
        Instant now = Instant.now();
        List<String> stillOpen = QuarkusTransaction.requiringNew().call(() -> {
            // 31 January 23:30 GMT: January; first matched 10 days later, re-matched in May; graduated in June
            Referral a = stored(1, 1, "2025-01-31T23:30:00Z", ReferralStatus.GRADUATED, "2025-06-16T09:00:00Z");
            a.completedAt = Instant.parse("2025-06-15T10:00:00Z");
            // 31 March 23:30 UTC is 1 April 00:30 in London (BST): April; withdrawn 30 April 23:30 UTC = 1 May London
            Referral b = stored(1, 2, "2025-03-31T23:30:00Z", ReferralStatus.WITHDRAWN, "2025-04-30T23:30:00Z");
            Referral c = stored(5, 3, "2025-04-15T10:00:00Z", ReferralStatus.INELIGIBLE, "2025-04-15T10:00:00Z");
            // SEMCD-6: no level; matched 30 days after referral, now on fortnightly calls
            Referral d = stored(1, null, "2025-04-20T10:00:00Z", ReferralStatus.IN_PROGRAMME, "2025-06-01T10:00:00Z");
            // waiting now, for 5 and 9 days
            Referral e = stored(1, 2, "2025-06-01T10:00:00Z", ReferralStatus.WAITING, "2025-06-01T10:00:00Z");
            e.waitingSince = now.minus(Duration.ofDays(5)).minus(Duration.ofHours(1));
            Referral f = stored(1, 2, "2025-06-02T10:00:00Z", ReferralStatus.WAITING, "2025-06-02T10:00:00Z");
            f.waitingSince = now.minus(Duration.ofDays(9)).minus(Duration.ofHours(1));
            // where the deciles came from: stored referrals say IMD2019 unless set here
            d.imdEdition = "IMD2025";
            e.imdEdition = null; // the pathway gave the decile
            for (Referral r : List.of(a, b, c, d, e, f)) {
                referralRepository.persist(r);
            }
            referralRepository.flush();
            matchRepository.persist(confirmed(a, coach, "2025-02-10T23:30:00Z", MatchStatus.ENDED, "WEEKLY"));
            matchRepository.persist(confirmed(a, coach, "2025-05-02T10:00:00Z", MatchStatus.ENDED, "GRADUATED"));
            matchRepository.persist(confirmed(d, coach, "2025-05-20T10:00:00Z", MatchStatus.CONFIRMED, "FORTNIGHTLY"));
            return List.of(d.id.toString(), e.id.toString(), f.id.toString());
        });
        referralIds.addAll(stillOpen);

        JsonPath r = report(Fixtures.COORDINATOR_TOKEN, "?from=2025-01&to=2025-06");
        assertEquals("2025-01", r.getString("from"));
        assertEquals("2025-06", r.getString("to"));
        assertEquals("Europe/London", r.getString("timeZone"));
        assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
                r.getList("months.month"));
        assertEquals(List.of(1, 0, 0, 3, 0, 2), r.getList("months.referred", Integer.class),
                "31 March 23:30 UTC was already April in London");
        assertEquals(List.of(1, 0, 0, 2, 0, 2), r.getList("months.eligible", Integer.class),
                "the ineligible referral is referred but not eligible");
        assertEquals(List.of(0, 1, 0, 0, 1, 0), r.getList("months.matched", Integer.class),
                "each person once, in the month of their first confirmed match");
        assertEquals(List.of(0, 0, 0, 0, 0, 1), r.getList("months.graduated", Integer.class));
        assertEquals(List.of(0, 0, 0, 0, 1, 0), r.getList("months.withdrawn", Integer.class));
        assertEquals(Map.of("referred", 6, "eligible", 5, "matched", 2, "graduated", 1, "withdrawn", 1),
                r.getMap("totals"));
        assertEquals(Map.of("level1", 1, "level2", 3, "level3", 1, "level4", 0, "withoutLevel", 1),
                r.getMap("activationAtReferral"));

        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), r.getList("waitingByDecile.imdDecile", Integer.class));
        Map<String, Object> mostDeprived = r.getMap("waitingByDecile[0]");
        assertEquals(2, mostDeprived.get("matched"));
        assertEquals(20.0f, mostDeprived.get("medianDaysToMatch"), "10 and 30 days");
        assertEquals(20.0f, mostDeprived.get("meanDaysToMatch"));
        assertEquals(2, mostDeprived.get("waitingNow"));
        assertEquals(7.0f, mostDeprived.get("medianDaysWaitingNow"), "5 and 9 days so far");
        // the people in waitingByDecile (a and d matched in the period, e and f waiting now) by edition
        assertEquals(1, editionCount(r, "IMD2025") - editionCount(beforeInPeriod, "IMD2025"));
        assertEquals(2, editionCount(r, "IMD2019") - editionCount(beforeInPeriod, "IMD2019"));
        assertEquals(1, editionCount(r, "GIVEN_BY_PATHWAY") - editionCount(beforeInPeriod, "GIVEN_BY_PATHWAY"));
        Map<String, Object> decile5 = r.getMap("waitingByDecile[4]");
        assertEquals(0, decile5.get("matched"));
        assertFalse(decile5.containsKey("medianDaysToMatch"), "no median of nobody");

        assertEquals(java.util.Set.of("WEEKLY", "FORTNIGHTLY", "MONTHLY"), r.getMap("stagesNow.byStage").keySet(),
                "every stage of the taper");
        assertEquals(before.getInt("stagesNow.waiting") + 2, r.getInt("stagesNow.waiting"));
        assertEquals(before.getInt("stagesNow.byStage.FORTNIGHTLY") + 1, r.getInt("stagesNow.byStage.FORTNIGHTLY"));
        assertEquals(before.getInt("stagesNow.byStage.WEEKLY"), r.getInt("stagesNow.byStage.WEEKLY"));

        // one London month alone: March had no referral
        report(DevTokens.admin("admin-1"), "?from=2025-03&to=2025-03").getList("months.referred", Integer.class)
                .forEach(n -> assertEquals(0, n));
    }

    @Test
    void reportDefaultsToTheLastTwelveMonthsInLondon() {
        YearMonth thisMonth = YearMonth.now(London.ZONE);
        JsonPath r = report(Fixtures.ADMIN_TOKEN, "");
        assertEquals(thisMonth.minusMonths(11).toString(), r.getString("from"));
        assertEquals(thisMonth.toString(), r.getString("to"));
        assertEquals(12, r.getList("months").size());
        JsonPath fromOnly = report(Fixtures.COORDINATOR_TOKEN, "?from=" + thisMonth.minusMonths(2));
        assertEquals(3, fromOnly.getList("months").size(), "to defaults to this month");
        assertEquals(36, report(Fixtures.COORDINATOR_TOKEN, "?from=2024-01&to=2026-12").getList("months").size());
    }

    @Test
    void reportRejectsBadMonthWithProblemNamingTheField() {
        asCoordinator().queryParam("from", "2026-13").when().get("/api/v1/reports/matching")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("must be a month as YYYY-MM, for example 2026-01"));
        asCoordinator().queryParam("from", "January").queryParam("to", "2026-1").when()
                .get("/api/v1/reports/matching")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("from", "to"));
    }

    @Test
    void reportRejectsFromAfterToAndMoreThan36Months() {
        asCoordinator().queryParam("from", "2026-06").queryParam("to", "2026-05").when()
                .get("/api/v1/reports/matching")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("from"))
                .body("errors[0].message", equalTo("must not be after to (2026-05)"));
        asCoordinator().queryParam("from", "2024-01").queryParam("to", "2027-01").when()
                .get("/api/v1/reports/matching")
                .then().statusCode(400).body("errors.field", contains("to"));
    }

    @Test
    void reportIsForCoordinatorsAndAdminsOnly() {
        RestAssured.given().when().get("/api/v1/reports/matching").then().statusCode(401);
        as(Fixtures.PATHWAY_TOKEN).when().get("/api/v1/reports/matching").then().statusCode(403);
        as(DevTokens.volunteer(UUID.randomUUID())).when().get("/api/v1/reports/matching").then().statusCode(403);
    }
}
