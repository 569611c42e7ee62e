package org.peercoaching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CapacityForecastTest {

    /** The programme's taper and cap, as shipped in META-INF/microprofile-config.properties. */
    static final TaperTemplate TAPER = new TaperTemplate(List.of(
            new TaperTemplate.Stage("WEEKLY", 1, 8),
            new TaperTemplate.Stage("FORTNIGHTLY", 2, 4),
            new TaperTemplate.Stage("MONTHLY", 4, 2)));
    static final CapacityForecast FORECAST = new CapacityForecast(TAPER, CaseloadPolicy.programmeDefault());
    /** January 2027 starts on a Friday; 11 months from it are 48 weeks (334 days), 12 months 53 weeks. */
    static final YearMonth JAN_2027 = YearMonth.of(2027, 1);

    static CapacityForecast.Result fresh(int coaches, int referralsPerMonth, int months) {
        return FORECAST.run(CapacityForecast.Inputs.fresh(coaches, 1, referralsPerMonth, months, JAN_2027));
    }

    /**
     * One coach who always has someone waiting. The cap gives them: weeks 0 two people (weekly limit 2); week 8
     * both step down to fortnightly: one more (load 6+6+8 = 20); week 16 the first two go monthly and the third
     * fortnightly: two more (1+1+6+8+8 = 24, five people: the programme's peak); week 24 the first two graduate:
     * one more; week 32: two more; week 40: one more. So the coach has five people at once from week 16, the first
     * five graduate by week 40, and within 11 months (48 weeks) 9 people start: 5 in the first 16 weeks, then 3
     * every 16 weeks (4 or 5 at a time). "About five people in about eleven months" is the first cohort of
     * five: taken on by week 16, all graduated by week 40 (about nine months) plus the calendar's slack.
     */
    @Test
    void oneCoachTakesFiveByWeekSixteenAndNineWithinElevenMonths() {
        List<int[]> startsByWeek = new ArrayList<>();
        int[] before = {0};
        CapacityForecast.Result r = FORECAST.run(CapacityForecast.Inputs.fresh(1, 1, 1000, 11, JAN_2027),
                (week, date, byStage, waiting, inProgramme, graduated) -> {
                    int people = byStage.get(0).values().stream().mapToInt(Integer::intValue).sum();
                    int startedNow = people + graduated - before[0];
                    before[0] = people + graduated;
                    if (startedNow > 0) {
                        startsByWeek.add(new int[] {week, startedNow});
                    }
                });
        assertEquals(48, r.totals().weeks());
        assertEquals(List.of("0x2", "8x1", "16x2", "24x1", "32x2", "40x1"),
                startsByWeek.stream().map(a -> a[0] + "x" + a[1]).toList());
        assertEquals(9, r.totals().started());
        assertEquals(5, r.totals().graduated(), "the first five have graduated by week 40");
        int peak = r.months().stream().mapToInt(CapacityForecast.Month::inProgramme).max().orElseThrow();
        assertEquals(5, peak);
    }

    /** 100 coaches: 500 people at once from week 16; 900 started and 500 graduated in 11 months. */
    @Test
    void aHundredCoachesSupportAboutFiveHundredPeople() {
        CapacityForecast.Result r = fresh(100, 100_000, 11);
        assertEquals(900, r.totals().started());
        assertEquals(500, r.totals().graduated());
        int peak = r.months().stream().mapToInt(CapacityForecast.Month::inProgramme).max().orElseThrow();
        assertEquals(500, peak);
        // from month 5 on the coaches hold 400 to 500 people at every month's end: "about 500"
        for (CapacityForecast.Month m : r.months().subList(4, r.months().size())) {
            assertTrue(m.inProgramme() >= 400 && m.inProgramme() <= 500, m.toString());
        }
    }

    @Test
    void monthsAreLondonCalendarMonthsOfFourOrFiveWeeks() {
        CapacityForecast.Result r = fresh(1, 0, 12);
        assertEquals(JAN_2027, r.months().get(0).month());
        assertEquals(YearMonth.of(2027, 12), r.months().get(11).month());
        // from Friday 1 January 2027: weeks start on Fridays; January has 5 (1, 8, 15, 22, 29), February 4
        assertEquals(List.of(5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 5),
                r.months().stream().map(CapacityForecast.Month::weeks).toList());
        assertEquals(53, r.totals().weeks());
    }

    @Test
    void referralsArriveExactlyAtTheMonthlyRate() {
        CapacityForecast.Result r = fresh(0, 7, 12);
        r.months().forEach(m -> assertEquals(7, m.referred()));
        assertEquals(84, r.totals().referred());
        assertEquals(84, r.totals().waitingAtEnd());
        assertNull(r.totals().medianWaitWeeks());
    }

    /**
     * Ten coaches take 50 people in their first 16 weeks, then about 3 people per 16 weeks each: about 8 a
     * month. At 8 referrals a month the list stays short; at 16 (double, no new coaches) it grows by the
     * difference between referrals and starts every month, and people wait longer month after month.
     */
    @Test
    void doublingReferralsWithNoNewCoachesGrowsTheWaitAsTheArithmeticSays() {
        CapacityForecast.Result base = fresh(10, 8, 12);
        CapacityForecast.Result doubled = fresh(10, 16, 12);
        for (CapacityForecast.Result r : List.of(base, doubled)) {
            int waiting = 0;
            for (CapacityForecast.Month m : r.months()) {
                waiting += m.referred() - m.started();
                assertEquals(waiting, m.waiting(), "waiting = last month's + referred - started, " + m);
            }
        }
        // base: capacity keeps up; at most two wait at a month's end (a coach's next intake opens only when
        // everyone they hold has left weekly calls, so a staggered pair holds the intake a few weeks longer),
        // and nobody waits more than a week
        for (CapacityForecast.Month m : base.months()) {
            assertTrue(m.waiting() <= 2 && m.longestWaitWeeks() <= 1, m.toString());
        }
        assertEquals(0.0, base.totals().medianWaitWeeks());
        // doubled: the list and the longest wait never shrink, month after month; the coaches' lumpy intake
        // (new coaches step down together) makes some months flat rather than every month larger
        assertEquals(List.of(0, 11, 20, 28, 30, 43, 52, 60, 64, 74, 86, 86),
                doubled.months().stream().map(CapacityForecast.Month::waiting).toList());
        assertEquals(List.of(0, 2, 4, 7, 8, 11, 13, 15, 16, 20, 23, 23),
                doubled.months().stream().map(CapacityForecast.Month::longestWaitWeeks).toList());
        double lastMedian = 0;
        for (CapacityForecast.Month m : doubled.months()) {
            if (m.medianWaitWeeks() != null) {
                assertTrue(m.medianWaitWeeks() >= lastMedian, m.toString());
                lastMedian = m.medianWaitWeeks();
            }
        }
        assertEquals(24.0, lastMedian, "by December the people starting have waited about six months");
        assertEquals(192, doubled.totals().referred());
        assertEquals(106, doubled.totals().started());
        assertEquals(86, doubled.totals().waitingAtEnd());
        assertEquals(11.5, doubled.totals().medianWaitWeeks());
    }

    @Test
    void startsFromTheCurrentState() {
        // one coach with two fortnightly people and three waiting: room for one now, as the live cap says
        CapacityForecast.Inputs in = new CapacityForecast.Inputs(
                List.of(new CapacityForecast.Coach(1, Map.of("FORTNIGHTLY", 2))), 0, 1, JAN_2027, 3);
        CapacityForecast.Result r = FORECAST.run(in);
        CapacityForecast.Month jan = r.months().get(0);
        assertEquals(1, jan.started());
        assertEquals(2, jan.waiting());
        assertEquals(3, jan.inProgramme());
        assertEquals(3, jan.cumulativeSupported());
        assertEquals(0.0, jan.medianWaitWeeks());
    }

    @Test
    void theTaperMustStartWhereTheCapStartsNewPeople() {
        TaperTemplate other = new TaperTemplate(List.of(new TaperTemplate.Stage("INTRO", 1, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new CapacityForecast(other, CaseloadPolicy.programmeDefault()));
    }

    @Test
    void medianOfAHistogram() {
        assertEquals(2.0, CapacityForecast.median(new TreeMap<>(Map.of(1, 1, 2, 1, 3, 1))));
        assertEquals(2.5, CapacityForecast.median(new TreeMap<>(Map.of(2, 1, 3, 1))));
        assertEquals(0.0, CapacityForecast.median(new TreeMap<>(Map.of(0, 5, 9, 2))));
        assertNull(CapacityForecast.median(new TreeMap<>()));
    }

    // ---- seeded random properties (java.util.Random) ------------------------------------------------

    /** A policy with two competence levels, so the property runs cover more than the shipped defaults. */
    static final CaseloadPolicy TWO_LEVELS = new CaseloadPolicy(Map.of("WEEKLY", 8, "FORTNIGHTLY", 6, "MONTHLY", 1),
            Map.of(1, new CaseloadPolicy.Limits(24, 5, Map.of("WEEKLY", 2)),
                    3, new CaseloadPolicy.Limits(32, 7, Map.of("WEEKLY", 3))));

    @Test
    void theCapHoldsEveryWeekAndPeopleAreConserved() {
        CapacityForecast forecast = new CapacityForecast(TAPER, TWO_LEVELS);
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<CapacityForecast.Coach> coaches = new ArrayList<>();
            int inAtStart = 0;
            for (int c = random.nextInt(12); c > 0; c--) {
                int level = 1 + random.nextInt(4);
                // a current caseload within the cap: weekly up to the limit, then others while they fit
                Map<String, Integer> byStage = new java.util.HashMap<>();
                for (String stage : List.of("MONTHLY", "FORTNIGHTLY", "WEEKLY")) {
                    int n = random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        byStage.merge(stage, 1, Integer::sum);
                        if (!TWO_LEVELS.withinLimits(level, byStage)) {
                            byStage.merge(stage, -1, Integer::sum);
                        }
                    }
                }
                byStage.values().removeIf(v -> v == 0);
                inAtStart += byStage.values().stream().mapToInt(Integer::intValue).sum();
                coaches.add(new CapacityForecast.Coach(level, byStage));
            }
            int waitingAtStart = random.nextInt(20);
            int rate = random.nextInt(40);
            int months = 1 + random.nextInt(24);
            YearMonth first = YearMonth.of(2026 + random.nextInt(3), 1 + random.nextInt(12));
            CapacityForecast.Inputs in = new CapacityForecast.Inputs(coaches, rate, months, first, waitingAtStart);
            String context = "seed " + seed + ": " + in;
            int everyone = inAtStart + waitingAtStart;
            int[] referredSoFar = {0};
            List<LocalDate> weekStarts = new ArrayList<>();
            CapacityForecast.Result r = forecast.run(in, (week, date, byStage, waiting, inProgramme, graduated) -> {
                weekStarts.add(date);
                for (int c = 0; c < byStage.size(); c++) {
                    assertTrue(TWO_LEVELS.withinLimits(coaches.get(c).competenceLevel(), byStage.get(c)),
                            context + " week " + week + " coach " + c + " " + byStage.get(c));
                }
                int people = byStage.stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
                assertEquals(people, inProgramme, context);
            });
            int referred = 0;
            for (CapacityForecast.Month m : r.months()) {
                referred += m.referred();
                assertEquals(rate, m.referred(), context);
                assertEquals(everyone + referred, m.waiting() + m.inProgramme() + graduatedTo(r, m), context + " " + m);
                assertEquals(inAtStart + startedTo(r, m), m.cumulativeSupported(), context);
            }
            CapacityForecast.Totals t = r.totals();
            assertEquals(everyone + t.referred(), t.waitingAtEnd() + r.months().get(r.months().size() - 1).inProgramme()
                    + t.graduated(), context);
            assertEquals(weekStarts.size(), t.weeks(), context);
            assertEquals(first.atDay(1), weekStarts.get(0), context);
            assertTrue(weekStarts.get(weekStarts.size() - 1).isBefore(first.plusMonths(months).atDay(1)), context);
            assertTrue(!weekStarts.get(weekStarts.size() - 1).plusWeeks(1).isBefore(first.plusMonths(months).atDay(1)),
                    context);
        }
    }

    private static int graduatedTo(CapacityForecast.Result r, CapacityForecast.Month upTo) {
        int sum = 0;
        for (CapacityForecast.Month m : r.months()) {
            sum += m.graduated();
            if (m == upTo) {
                break;
            }
        }
        return sum;
    }

    private static int startedTo(CapacityForecast.Result r, CapacityForecast.Month upTo) {
        int sum = 0;
        for (CapacityForecast.Month m : r.months()) {
            sum += m.started();
            if (m == upTo) {
                break;
            }
        }
        return sum;
    }

    /** Prints the tables quoted in docs/forecast.md (run with -Dforecast.print=true). */
    @Test
    void printTables() {
        if (!Boolean.getBoolean("forecast.print")) {
            return;
        }
        for (Object[] c : new Object[][] {{1, 1000, 12}, {100, 100_000, 12}, {10, 8, 12}, {10, 16, 12}}) {
            CapacityForecast.Result r = fresh((int) c[0], (int) c[1], (int) c[2]);
            System.out.println("coaches " + c[0] + ", referrals/month " + c[1]);
            r.months().forEach(System.out::println);
            System.out.println(r.totals());
        }
    }
}
