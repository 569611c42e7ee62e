package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.web.Browser.withSession;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.StubServices;
import org.peercoaching.web.StubbedServicesTest;

/**
 * In a simulated rehearsal the launcher moves the services' clocks, and the pages follow the launcher's clock: "this
 * week" is the suite's week, not the real one.
 */
@QuarkusTest
@TestProfile(PagesFollowTheSuiteClockTest.FollowingTheLauncher.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesFollowTheSuiteClockTest extends StubbedServicesTest {

    static final String LAUNCHER_CLOCK = "/launcher/api/v1/clock/now";
    static final UUID COACH = UUID.fromString("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
    static final String WEEK = "/schedule/api/v1/coaches/" + COACH + "/calls";

    public static class FollowingTheLauncher extends StubServices.Profile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("peercoaching.web.suite-clock-url",
                    "http://127.0.0.1:" + overrides.get("stub.port") + LAUNCHER_CLOCK);
            return overrides;
        }
    }

    final String volunteer = DevTokens.volunteer(COACH);

    @BeforeEach
    void anEmptyWeek() {
        StubServices.reset();
        StubServices.json(WEEK, """
                {"coachId":"%s","week":"2027-W09","timeZone":"Europe/London","calls":[]}""".formatted(COACH));
    }

    @Test
    @Order(1)
    void beforeTheLauncherHasAnsweredThePagesUseTheRealTime() throws InterruptedException {
        StubServices.status(LAUNCHER_CLOCK, 503);
        withSession(volunteer).get("/volunteer").then().statusCode(200);
        assertTrue(weeksAskedFor().contains(IsoWeek.containing(LocalDate.now(London.ZONE)).code()),
                "the real week: " + StubServices.CALLS);
    }

    @Test
    @Order(2)
    void theVolunteersWeekIsTheWeekOfTheSuitesSimulatedClock() throws InterruptedException {
        StubServices.json(LAUNCHER_CLOCK, "{\"now\":\"2027-03-03T10:00:00Z\"}");
        Thread.sleep(300); // past the pages' quarter-second reuse of their last reading
        withSession(volunteer).get("/volunteer").then().statusCode(200);
        assertEquals(List.of("2027-W09"), weeksAskedFor(), "the suite's week: " + StubServices.CALLS);
    }

    @Test
    @Order(3)
    void whenTheLauncherStopsAnsweringThePagesKeepItsLastTime() throws InterruptedException {
        StubServices.status(LAUNCHER_CLOCK, 503);
        Thread.sleep(300);
        withSession(volunteer).get("/volunteer").then().statusCode(200);
        assertEquals(List.of("2027-W09"), weeksAskedFor(), "the suite's last week: " + StubServices.CALLS);
    }

    private static List<String> weeksAskedFor() {
        return StubServices.CALLS.stream().filter(c -> c.path().startsWith(WEEK))
                .map(c -> c.path().replaceAll(".*week=([0-9]{4}-W[0-9]{2}).*", "$1")).toList();
    }
}
