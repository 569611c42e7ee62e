package org.peercoaching.schedule.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.COMPLETED;
import static org.peercoaching.schedule.Fixtures.assign;
import static org.peercoaching.schedule.Fixtures.awaitPlan;
import static org.peercoaching.schedule.Fixtures.calls;
import static org.peercoaching.schedule.Fixtures.matchConfirmed;
import static org.peercoaching.schedule.Fixtures.plan;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.MovableClock;
import org.peercoaching.schedule.domain.jobs.ScheduleJobs;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/** Issue 14: one steady call slot for the whole plan, gaps exactly 7, 14 and 28 days, across the clock change. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SteadySlotApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @Inject
    ScheduleJobs jobs;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    static Map<String, Object> nextScheduled(UUID referral) {
        return calls(referral).stream().filter(c -> "SCHEDULED".equals(c.get("status")))
                .min(Comparator.comparing(c -> startOf(c))).orElse(null);
    }

    @Test
    void aWholePlanKeepsOneWeekdayAndLondonTimeWithGapsOfSevenFourteenAndTwentyEightDays() {
        UUID coach = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        assign(bootstrap, coach);
        TopicReader.send(bootstrap, "matches", UUID.randomUUID().toString(),
                matchConfirmed(coach, UUID.randomUUID(), referral, null));
        awaitPlan(referral);

        boolean secondPersonMatched = false;
        for (int n = 1; n <= 14; n++) {
            Map<String, Object> next = nextScheduled(referral);
            if (n == 8 && !secondPersonMatched) {
                // the coach takes on another person on the morning of the last weekly call: their weekly calls
                // would take this person's Tuesday evening if it were not kept for the whole plan
                secondPersonMatched = true;
                clock.set(startOf(next).minus(Duration.ofHours(8)));
                UUID other = UUID.randomUUID();
                TopicReader.send(bootstrap, "matches", UUID.randomUUID().toString(),
                        matchConfirmed(coach, UUID.randomUUID(), other, null));
                awaitPlan(other);
            }
            clock.set(startOf(next).plus(Duration.ofMinutes(40)));
            record(next.get("callId"), COMPLETED).statusCode(200);
            jobs.markOverdueCalls();
            jobs.advanceStages();
        }
        assertEquals("GRADUATED", plan(referral).getString("stage"));

        List<Map<String, Object>> done = calls(referral).stream().filter(c -> "COMPLETED".equals(c.get("status")))
                .sorted(Comparator.comparing(c -> startOf(c))).toList();
        assertEquals(14, done.size());
        assertEquals(8, done.stream().filter(c -> "WEEKLY".equals(c.get("stage"))).count());
        assertEquals(4, done.stream().filter(c -> "FORTNIGHTLY".equals(c.get("stage"))).count());
        assertEquals(2, done.stream().filter(c -> "MONTHLY".equals(c.get("stage"))).count());
        List<Long> gaps = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            ZonedDateTime london = startOf(done.get(i)).atZone(CallSlotter.LONDON);
            assertEquals(DayOfWeek.TUESDAY, london.getDayOfWeek(), "call " + (i + 1));
            assertEquals(LocalTime.of(18, 0), london.toLocalTime(), "call " + (i + 1) + " at 6pm London time");
            if (i > 0) {
                gaps.add(Duration.between(startOf(done.get(i - 1)).atZone(CallSlotter.LONDON).toLocalDate().atStartOfDay(),
                        london.toLocalDate().atStartOfDay()).toDays());
            }
        }
        for (Map<String, Object> c : done) {
            assertEquals(startOf(c).atZone(CallSlotter.LONDON).toLocalDateTime().toString(), c.get("startsAtLondon"));
        }
        assertEquals(List.of(7L, 7L, 7L, 7L, 7L, 7L, 7L, 14L, 14L, 14L, 14L, 28L, 28L), gaps);
        assertEquals(Instant.parse("2027-03-09T18:00:00Z"), startOf(done.get(11)), "GMT before 28 March");
        assertEquals(Instant.parse("2027-04-06T17:00:00Z"), startOf(done.get(12)), "6pm BST after the clock change");
        assertEquals("2027-04-06T17:00:00Z", done.get(12).get("startsAt"), "an instant in UTC with Z");
        String planId = plan(referral).getString("planId");
        asCoordinator().queryParam("week", "2027-W14").get("/api/v1/coaches/" + coach + "/calls").then().statusCode(200)
                .body("calls.find { it.planId == '" + planId + "' }.startsAt", equalTo("2027-04-06T17:00:00Z"))
                .body("calls.find { it.planId == '" + planId + "' }.endsAt", equalTo("2027-04-06T17:30:00Z"))
                .body("calls.find { it.planId == '" + planId + "' }.when", equalTo("Tuesday 6 April, 6pm"));
    }
}
