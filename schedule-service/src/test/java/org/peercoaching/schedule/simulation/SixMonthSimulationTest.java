package org.peercoaching.schedule.simulation;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.asCoordinator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;
import org.peercoaching.schedule.domain.call.CallOutcomes;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.Outcome;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.jobs.ScheduleJobs;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.ConfirmedMatch;
import org.peercoaching.schedule.domain.plan.PlanService;
import org.peercoaching.schedule.domain.plan.PlanStatus;

/**
 * One coach, five people, a whole programme with the clock moved on a day at a time. The coach takes
 * people on as the taper frees room (two, then a third when those two go fortnightly, then two more
 * when all three have stepped down again); most calls are completed, some are never recorded and the
 * overdue job marks them missed. The coach's calls per week never exceed what the taper implies.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SixMonthSimulationTest {

    static final Map<String, Integer> INTERVAL_WEEKS = Map.of("WEEKLY", 1, "FORTNIGHTLY", 2, "MONTHLY", 4);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @Inject
    PlanService planService;

    @Inject
    CallOutcomes outcomes;

    @Inject
    ScheduleJobs jobs;

    @Inject
    CallPlanRepository plans;

    @Inject
    CallRepository calls;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    UUID coach = UUID.randomUUID();
    List<UUID> people = new ArrayList<>();

    void match() {
        List<CallSlotter.Window> evenings = new ArrayList<>();
        for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
            evenings.add(new CallSlotter.Window(d, LocalTime.of(17, 0), LocalTime.of(20, 0)));
        }
        ConfirmedMatch m = new ConfirmedMatch(UUID.randomUUID(), UUID.randomUUID(), coach, "Person" + people.size(),
                "07700 900" + (100 + people.size()), evenings, evenings, clock.instant());
        people.add(QuarkusTransaction.requiringNew().call(() -> planService.start(m).id));
    }

    String stageOf(int person) {
        return QuarkusTransaction.requiringNew().call(() -> plans.findById(people.get(person)).stage);
    }

    boolean pastWeekly(int... persons) {
        for (int p : persons) {
            if ("WEEKLY".equals(stageOf(p))) {
                return false;
            }
        }
        return true;
    }

    boolean pastFortnightly(int... persons) {
        for (int p : persons) {
            String s = stageOf(p);
            if ("WEEKLY".equals(s) || "FORTNIGHTLY".equals(s)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aCoachWithFivePeopleNeverHasMoreCallsInAWeekThanTheTaperImplies() {
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));
        Fixtures.assign(bootstrap, coach);
        match();
        match();
        int day = 0;
        int missedOnPurpose = 0;
        while (day < 420 && !allGraduated()) {
            day++;
            clock.advance(Duration.ofDays(1));
            if (people.size() == 2 && pastWeekly(0, 1)) {
                match();
            }
            if (people.size() == 3 && pastWeekly(2) && pastFortnightly(0, 1)) {
                match();
                match();
            }
            Instant now = clock.instant();
            List<ScheduledCall> due = QuarkusTransaction.requiringNew()
                    .call(() -> calls.list("coachId = ?1 and status = ?2 and endsAt < ?3", coach, CallStatus.SCHEDULED, now));
            for (ScheduledCall c : due) {
                if (c.callNumber % 5 == 0) {
                    missedOnPurpose++;
                    continue; // never recorded: the overdue job will mark it missed
                }
                QuarkusTransaction.requiringNew().run(() -> outcomes.record(c.id, new Outcome(Outcome.Kind.COMPLETED, 30,
                        "notes", new Outcome.Goals("t", "g", "r", "o", "w"), 7, null), "volunteer-" + coach));
            }
            jobs.markOverdueCalls();
            jobs.advanceStages();
            jobs.sendReminders();
        }
        assertTrue(allGraduated(), "all five graduated within " + day + " days");
        assertEquals(5, people.size());
        assertTrue(missedOnPurpose > 0);

        List<ScheduledCall> all = QuarkusTransaction.requiringNew().call(() -> calls.list("coachId", coach));
        Map<String, Integer> perWeek = new TreeMap<>();
        Map<String, Integer> weeklyStagePerWeek = new HashMap<>();
        for (UUID plan : people) {
            List<ScheduledCall> own = all.stream().filter(c -> c.planId.equals(plan))
                    .sorted((a, b) -> a.startsAt.compareTo(b.startsAt)).toList();
            assertEquals(14, own.size(), "fourteen calls for plan " + plan);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), own.stream().map(c -> c.callNumber).toList());
            for (int i = 1; i < own.size(); i++) {
                Duration gap = Duration.between(own.get(i - 1).startsAt, own.get(i).startsAt);
                long weeks = INTERVAL_WEEKS.get(own.get(i).stage);
                assertTrue(gap.toDays() >= 7 * weeks - 1, "call " + own.get(i).callNumber + " of " + plan + " came "
                        + gap.toDays() + " days after the one before; its stage allows one in " + weeks + " weeks");
            }
        }
        for (ScheduledCall c : all) {
            var london = c.startsAt.atZone(CallSlotter.LONDON);
            String week = london.get(IsoFields.WEEK_BASED_YEAR) + "-W" + london.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            perWeek.merge(week, 1, Integer::sum);
            if ("WEEKLY".equals(c.stage)) {
                weeklyStagePerWeek.merge(week, 1, Integer::sum);
            }
        }
        // the taper: at most two people on weekly calls at once, everyone else at most one call a week
        perWeek.forEach((week, n) -> assertTrue(n <= 5, week + " has " + n + " calls"));
        weeklyStagePerWeek.forEach((week, n) -> assertTrue(n <= 2, week + " has " + n + " weekly-stage calls"));
        // and never more than one call per person whose plan is running that week
        Map<String, Integer> running = new HashMap<>();
        for (UUID plan : people) {
            List<Instant> own = all.stream().filter(c -> c.planId.equals(plan)).map(c -> c.startsAt).sorted().toList();
            var last = own.get(own.size() - 1).atZone(CallSlotter.LONDON).toLocalDate();
            for (var london = own.get(0).atZone(CallSlotter.LONDON).toLocalDate().with(DayOfWeek.MONDAY);
                    !london.isAfter(last); london = london.plusWeeks(1)) {
                running.merge(london.get(IsoFields.WEEK_BASED_YEAR) + "-W" + london.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        1, Integer::sum);
            }
        }
        perWeek.forEach((week, n) -> assertTrue(n <= running.getOrDefault(week, 0),
                week + " has " + n + " calls for " + running.get(week) + " people with a plan running"));

        // graduation: the follow-up measure, the change, the outcome summary, once (by the coach's coordinator)
        String planId = people.get(0).toString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> asCoordinator().get("/api/v1/plans/" + planId).statusCode() == 200);
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"instrument\":\"PAM-13\",\"scoreBefore\":47.4,\"scoreAfter\":58.1,\"levelAfter\":3}")
                .post("/api/v1/plans/" + planId + "/graduation").then().statusCode(200)
                .body("activationChange", org.hamcrest.Matchers.equalTo(10.7f))
                .body("callsCompleted", org.hamcrest.Matchers.equalTo(12))
                .body("callsMissed", org.hamcrest.Matchers.equalTo(2));
        asCoordinator().contentType(ContentType.JSON)
                .body("{\"instrument\":\"PAM-13\",\"scoreBefore\":47.4,\"scoreAfter\":58.1,\"levelAfter\":3}")
                .post("/api/v1/plans/" + planId + "/graduation").then().statusCode(409);
        List<String> completed = Fixtures.scheduleEvents(bootstrap, "schedule.programme-completed.v1", planId, 1);
        assertTrue(completed.get(0).contains("\"activationChange\":10.7"));
        assertEquals(5, Fixtures.scheduleEvents(bootstrap, "\"toStage\":\"GRADUATED\"", coach.toString(), 5).size());
    }

    boolean allGraduated() {
        return people.size() == 5 && QuarkusTransaction.requiringNew().call(() -> people.stream()
                .allMatch(id -> plans.findById(id).status == PlanStatus.AWAITING_FOLLOW_UP));
    }
}
