package org.peercoaching.matching.forecast;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;


import java.time.Duration;
import java.time.LocalDate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;

import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.Matchmaker;

import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;
import org.peercoaching.programme.CapacityForecast;
import org.peercoaching.programme.TaperTemplate;

/**
 * "The live simulation agrees": the live matching-service (its Matchmaker, the real cap, auto-confirm), fed over
 * the real Kafka test broker, week by week for six simulated months, against {@link CapacityForecast} for the
 * same coaches and referral rate.
 *
 * <ul>
 *   <li>Coaches join by volunteer events. They differ only in IMD decile (2, 5, 9), so every person (all in
 *   decile 2) ranks them in the same order: the forecast lists them in that order (first-fit).</li>
 *   <li>People are referred over {@code POST /api/v1/referrals}, signed in as the rheumatology pathway.</li>
 *   <li>Taper stages move as schedule-service would move them, by {@code schedule.stage-changed.v1} events on
 *   the schedule topic: weekly to fortnightly after 8 weeks, to monthly after 16, GRADUATED after 24 (the taper's
 *   stage lengths, calls x interval, from the same configuration). A week's events are sent coach by coach in
 *   the ranking's order, each coach's applied before the next coach's are sent.</li>
 * </ul>
 * The test compares, month by month, the people matched and the waiting list, and each coach's caseload every
 * week.
 */
@QuarkusTest
@TestProfile(LiveForecastProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class LiveSimulationAgreesTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final YearMonth FIRST = YearMonth.of(2027, 1);
    static final int MONTHS = 6;
    static final int[] COACH_DECILES = {2, 5, 9};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.volunteers.topic")
    String volunteersTopic;

    @ConfigProperty(name = "mp.messaging.incoming.schedule.topic")
    String scheduleTopic;

    @Inject
    Forecaster forecaster;

    @Inject
    Matchmaker matchmaker;

    @Inject
    ReferralRepository referrals;

    @Inject
    MatchRepository matches;

    @Inject
    CoachRepository coaches;

    /** A person the live system has matched: when, with whom, and their match. */
    record Started(UUID referralId, UUID matchId, UUID coachId, int week) {}

    @Test
    void atThreeAndAtSixReferralsAMonthTheLiveSystemMatchesWhatTheForecastSays() {
        for (int rate : new int[] {3, 6}) {
            checkAgainstTheForecast(rate);
        }
    }

    void checkAgainstTheForecast(int rate) {
        // the forecast, with each coach's caseload every week
        List<List<Map<String, Integer>>> forecastWeeks = new ArrayList<>();
        CapacityForecast.Inputs inputs = CapacityForecast.Inputs.fresh(COACH_DECILES.length, 1, rate, MONTHS, FIRST);
        CapacityForecast.Result expected = forecaster.model().run(inputs,
                (week, date, byStage, waiting, inProgramme, graduated) -> forecastWeeks.add(byStage));
        TaperTemplate taper = forecaster.model().taper();

        // the live system: three coaches, ranked by every person in this order
        List<UUID> coachIds = new ArrayList<>();
        for (int decile : COACH_DECILES) {
            coachIds.add(coachJoins(decile));
        }
        List<UUID> referred = new ArrayList<>();
        Map<UUID, Started> started = new LinkedHashMap<>();
        List<String> caseloadDifferences = new ArrayList<>();
        List<int[]> liveMonths = new ArrayList<>(); // {started, waiting}
        LocalDate start = FIRST.atDay(1);
        int week = 0;
        for (int m = 0; m < MONTHS; m++) {
            int weeksInMonth = CapacityForecast.weeksStartingIn(start, FIRST.plusMonths(m));
            int startedThisMonth = 0;
            for (int j = 0; j < weeksInMonth; j++, week++) {
                // 1. stage changes, as schedule-service would publish them, coach by coach in ranking order
                for (UUID coach : coachIds) {
                    Map<UUID, String> expectedStage = new HashMap<>();
                    for (Started s : started.values()) {
                        if (!s.coachId().equals(coach)) {
                            continue;
                        }
                        String[] change = stageChangeAt(taper, week - s.week());
                        if (change != null) {
                            TopicReader.send(bootstrap, scheduleTopic, s.referralId().toString(), Fixtures.stageChanged(
                                    s.matchId(), s.referralId(), s.coachId(), change[0], change[1]));
                            expectedStage.put(s.matchId(), change[1]);
                        }
                    }
                    if (!expectedStage.isEmpty()) {
                        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() ->
                                expectedStage.entrySet().stream().allMatch(e ->
                                        e.getValue().equals(matches.findById(e.getKey()).stage))));
                    }
                }
                // 2. this week's referrals
                for (int k = CapacityForecast.arrivals(rate, j, weeksInMonth); k > 0; k--) {
                    referred.add(UUID.fromString(Fixtures.asPathway().contentType(ContentType.JSON)
                            .body(Fixtures.referral("FORECAST-" + UUID.randomUUID(), null))
                            .when().post("/api/v1/referrals").then().statusCode(201).extract().path("id")));
                }
                // 3. who the live system matched this week, and with whom
                int w = week;
                int newlyStarted = QuarkusTransaction.requiringNew().call(() -> {
                    int n = 0;
                    for (UUID id : referred) {
                        if (!started.containsKey(id)) {
                            Match open = matches.openFor(id).orElse(null);
                            if (open != null) {
                                started.put(id, new Started(id, open.id, open.volunteerId, w));
                                n++;
                            }
                        }
                    }
                    return n;
                });
                startedThisMonth += newlyStarted;
                // each coach's caseload, live and forecast
                List<Integer> live = QuarkusTransaction.requiringNew().call(() -> coachIds.stream()
                        .map(c -> matches.openForCoach(c).size()).toList());
                List<Integer> forecast = forecastWeeks.get(week).stream()
                        .map(byStage -> byStage.values().stream().mapToInt(Integer::intValue).sum()).toList();
                if (!live.equals(forecast)) {
                    caseloadDifferences.add("week " + week + ": live " + live + ", forecast " + forecast);
                }
            }
            int waiting = QuarkusTransaction.requiringNew().call(() -> (int) referred.stream()
                    .map(referrals::findById).filter(r -> r.status == ReferralStatus.WAITING).count());
            liveMonths.add(new int[] {startedThisMonth, waiting});
        }

        List<String> liveTable = new ArrayList<>();
        List<String> forecastTable = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            CapacityForecast.Month f = expected.months().get(m);
            forecastTable.add(f.month() + " matched " + f.started() + " waiting " + f.waiting());
            liveTable.add(f.month() + " matched " + liveMonths.get(m)[0] + " waiting " + liveMonths.get(m)[1]);
        }
        System.out.println("referrals " + rate + " a month, live: " + liveTable);
        assertEquals(forecastTable, liveTable, "referrals " + rate + " a month: forecast vs live, month by month");
        if (rate == 6) {
            // not a trivial agreement: at double the rate the list grows and people wait
            assertTrue(liveMonths.get(MONTHS - 1)[1] > liveMonths.get(2)[1] && liveMonths.get(2)[1] > 0,
                    liveTable.toString());
        }
        assertTrue(caseloadDifferences.isEmpty(), "each coach's caseload every week: " + caseloadDifferences);
        assertEquals(MONTHS * rate, referred.size());

        clearAway(referred, coachIds);
    }

    /** {from, to} when a person this many weeks into the taper changes stage now, else null. */
    static String[] stageChangeAt(TaperTemplate taper, int weeksIn) {
        int end = 0;
        for (int i = 0; i < taper.stages().size(); i++) {
            TaperTemplate.Stage s = taper.stage(i);
            end += s.calls() * s.intervalWeeks();
            if (weeksIn == end) {
                // the live match holds no stage until its first stage change: null counts as the first stage
                String from = i == 0 ? null : s.name();
                String to = taper.hasStageAfter(i) ? taper.stage(i + 1).name() : "GRADUATED";
                return new String[] {from, to};
            }
        }
        return null;
    }

    UUID coachJoins(int imdDecile) {
        UUID id = UUID.randomUUID();
        volunteerEvent("volunteer.registered.v1", id, "ACTIVE", imdDecile);
        return id;
    }

    void volunteerEvent(String type, UUID id, String status, int imdDecile) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"volunteer-service","type":"%s",
                 "subject":"%s","time":"2026-11-23T09:30:00Z","datacontenttype":"application/json",
                 "data":{"volunteerId":"%s","firstName":"Coach","status":"%s","gender":"FEMALE",
                   "languages":["en"],"conditionCodes":["69896004"],"imdDecile":%d,
                   "callWindows":[{"day":"TUESDAY","start":"18:00:00","end":"20:00:00"}],
                   "competenceLevel":1,"pausedUntil":null}}
                """.formatted(UUID.randomUUID(), type, id, id, status, imdDecile);
        TopicReader.send(bootstrap, volunteersTopic, id.toString(), event);
        await().atMost(PATIENCE).until(() -> {
            Coach c = QuarkusTransaction.requiringNew().call(() -> coaches.findById(id));
            return c != null && Objects.equals(c.status, status);
        });
    }

    /** Withdraws everyone still open, then the coaches leave, so the next run starts empty. */
    void clearAway(List<UUID> referred, List<UUID> coachIds) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : referred) {
                Referral r = referrals.findById(id);
                if (r.isOpen()) {
                    matchmaker.withdraw(id, "test", "test over");
                }
            }
        });
        for (UUID id : coachIds) {
            volunteerEvent("volunteer.left.v1", id, "LEFT", 5);
        }
    }
}
