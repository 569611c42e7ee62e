package org.peercoaching.programme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many people the programme can support over the coming months, from the SAME rules the live system
 * runs: the taper ({@link TaperTemplate}, the stages schedule-service books calls from) and the caseload cap
 * ({@link CaseloadPolicy}, the room matching-service gives each coach). Pure and deterministic.
 *
 * <p>The model, week by week:
 * <ul>
 *   <li><b>Time.</b> The forecast starts on the 1st of {@code firstMonth} and steps one week (7 days) at a
 *   time. Each week counts in the calendar month its first day falls in, so a month has 4 or 5 weeks and
 *   12 months are 52 or 53 weeks. (Months are real calendar months, not 4.345-week averages, so the figures
 *   line up with the months a coordinator reports on.)</li>
 *   <li><b>Stages.</b> A person matched in week {@code s} is at the first stage for the first stage's
 *   {@code calls x intervalWeeks} weeks, then at the next stage, and so on; after the last stage (24 weeks
 *   with the programme's taper) they graduate. Stage changes and graduations happen at the start of the week,
 *   before matching, as they free room in the live system.</li>
 *   <li><b>Referrals.</b> {@code referralsPerMonth} arrive in every month, spread as evenly as whole people
 *   allow over that month's weeks ({@link #arrivals}), at the start of the week.</li>
 *   <li><b>Matching.</b> After stage changes and arrivals, the waiting list is matched first come, first
 *   served: the person waiting longest goes to the first coach in the list with room under
 *   {@link CaseloadPolicy#room(Integer, Map, CaseloadPolicy.Intake)} (the configured rule: intakes by default),
 *   until nobody waits or no coach has room. Every new person starts at the first
 *   stage. List coaches best first: the live system gives each person the best-scoring coach with room, so
 *   for people who all score their coaches in the same order this is exactly what it does (and the room a
 *   coach has left after taking one more person is one less on every limit, so matching at each stage change
 *   as the live system does, or once a week as here, matches the same number of people with each coach).
 *   When people outnumber room both fill every coach's room; when room outnumbers people and coaches are
 *   ranked differently for different people, which coach takes whom may differ.</li>
 *   <li><b>Wait.</b> Whole weeks between arriving and being matched (0 when matched the week they arrive).
 *   People already waiting at the start count as arriving in week 0.</li>
 *   <li>Nobody withdraws, pauses, extends a stage or misses calls: the forecast is the programme as
 *   planned, the best the coaches can do.</li>
 * </ul>
 */
public final class CapacityForecast {

    /**
     * A coach: competence level (null for the lowest configured), their people now by stage, and their current
     * intake (the cohort rule's state; {@link CaseloadPolicy.Intake#NONE} when unknown or none yet).
     */
    public record Coach(Integer competenceLevel, Map<String, Integer> peopleByStage, CaseloadPolicy.Intake intake) {
        public Coach {
            peopleByStage = Map.copyOf(peopleByStage);
            Objects.requireNonNull(intake, "intake");
        }

        public Coach(Integer competenceLevel, Map<String, Integer> peopleByStage) {
            this(competenceLevel, peopleByStage, CaseloadPolicy.Intake.NONE);
        }

        /** A coach with nobody yet. */
        public static Coach empty(Integer competenceLevel) {
            return new Coach(competenceLevel, Map.of());
        }
    }

    /**
     * What to forecast. People a coach has now are taken to have just entered their stage (so they stay its
     * full length: a cautious reading when the week in the stage is unknown).
     *
     * @param coaches the coaches, best first (see the class comment), with their people now (empty for a fresh start)
     * @param referralsPerMonth people referred each month
     * @param months how many months to forecast
     * @param firstMonth the first month forecast; the forecast starts on its 1st
     * @param waitingAtStart people already waiting at the start
     */
    public record Inputs(List<Coach> coaches, int referralsPerMonth, int months, YearMonth firstMonth,
            int waitingAtStart) {
        public Inputs {
            coaches = List.copyOf(coaches);
            Objects.requireNonNull(firstMonth, "firstMonth");
            if (referralsPerMonth < 0 || months < 1 || waitingAtStart < 0) {
                throw new IllegalArgumentException("referrals and waiting people cannot be negative; months at least 1");
            }
        }

        /** {@code count} coaches of one level, nobody in the programme or waiting yet. */
        public static Inputs fresh(int count, Integer competenceLevel, int referralsPerMonth, int months,
                YearMonth firstMonth) {
            List<Coach> coaches = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                coaches.add(Coach.empty(competenceLevel));
            }
            return new Inputs(coaches, referralsPerMonth, months, firstMonth, 0);
        }
    }

    /**
     * One month's figures.
     *
     * @param started new matches: people who started with a coach this month
     * @param inProgramme people supported: in the programme at the month's end
     * @param cumulativeSupported everyone who has been in the programme since the start, including those
     *     there at the start
     * @param graduated people who finished the taper this month
     * @param waiting the waiting list at the month's end
     * @param medianWaitWeeks median wait of the people matched this month, null if nobody was matched
     * @param longestWaitWeeks longest wait of anyone still waiting at the month's end (0 if nobody waits)
     */
    public record Month(YearMonth month, int weeks, int referred, int started, int inProgramme,
            int cumulativeSupported, int graduated, int waiting, Double medianWaitWeeks, int longestWaitWeeks) {}

    /** The whole forecast: months in order, and totals over all of them. */
    public record Result(List<Month> months, Totals totals) {}

    /**
     * @param supported everyone in the programme at some time during the forecast (there at the start or started)
     * @param medianWaitWeeks median wait of everyone matched during the forecast, null if nobody
     */
    public record Totals(int weeks, int referred, int started, int supported, int graduated, int waitingAtEnd,
            Double medianWaitWeeks) {}

    /** Sees every simulated week after matching: for tests and checks, for example that the cap held. */
    public interface WeekListener {
        /**
         * @param week week number from 0
         * @param startDate its first day
         * @param peopleByStage each coach's people by stage, in the order of the inputs
         * @param waiting people waiting after matching
         * @param inProgramme people in the programme
         * @param graduated graduations so far
         */
        void week(int week, LocalDate startDate, List<Map<String, Integer>> peopleByStage, int waiting,
                int inProgramme, int graduated);
    }

    private final TaperTemplate taper;
    private final CaseloadPolicy policy;
    /** Stage index by whole weeks since starting; past the end means graduated. */
    private final int[] stageAtWeek;

    public CapacityForecast(TaperTemplate taper, CaseloadPolicy policy) {
        if (!CaseloadPolicy.START_STAGE.equals(taper.first().name())) {
            throw new IllegalArgumentException("The taper's first stage (" + taper.first().name()
                    + ") must be the stage the caseload cap starts new people at (" + CaseloadPolicy.START_STAGE + ")");
        }
        this.taper = taper;
        this.policy = policy;
        this.stageAtWeek = new int[taper.totalWeeks()];
        int w = 0;
        for (int i = 0; i < taper.stages().size(); i++) {
            TaperTemplate.Stage s = taper.stage(i);
            for (int k = 0; k < s.calls() * s.intervalWeeks(); k++) {
                stageAtWeek[w++] = i;
            }
        }
    }

    public TaperTemplate taper() {
        return taper;
    }

    public CaseloadPolicy policy() {
        return policy;
    }

    public Result run(Inputs in) {
        return run(in, null);
    }

    public Result run(Inputs in, WeekListener listener) {
        int coachCount = in.coaches().size();
        // each coach's people as {the week they started (negative for people there before the start), intake,
        // their stage index when the coach's current intake opened (-1 not known: holds nothing back)}
        List<List<int[]>> people = new ArrayList<>();
        List<CaseloadPolicy.Intake> intakes = new ArrayList<>();
        int inProgramme = 0;
        for (Coach c : in.coaches()) {
            List<int[]> starts = new ArrayList<>();
            // the current intake's members still held are taken to be its latest starters (the latest stages)
            int members = c.intake().held();
            for (TaperTemplate.Stage stage : taper.stages()) {
                int count = c.peopleByStage().getOrDefault(stage.name(), 0);
                int start = -weeksBefore(stageIndexOf(stage.name()));
                for (int k = 0; k < count; k++) {
                    boolean member = members-- > 0;
                    starts.add(new int[] {start, member ? c.intake().number() : -1, member ? 0 : -1});
                }
            }
            for (Map.Entry<String, Integer> e : c.peopleByStage().entrySet()) {
                if (taper.stages().stream().noneMatch(st -> st.name().equals(e.getKey()))) {
                    for (int k = 0; k < e.getValue(); k++) {
                        boolean member = members-- > 0;
                        starts.add(new int[] {0, member ? c.intake().number() : -1, member ? 0 : -1});
                    }
                }
            }
            inProgramme += starts.size();
            people.add(starts);
            intakes.add(new CaseloadPolicy.Intake(c.intake().number(), c.intake().size(),
                    Math.min(c.intake().held(), starts.size())));
        }
        int cumulative = inProgramme;
        // the waiting list, oldest first, as runs of {arrival week, people}
        Deque<int[]> waiting = new ArrayDeque<>();
        int waitingCount = in.waitingAtStart();
        if (waitingCount > 0) {
            waiting.add(new int[] {0, waitingCount});
        }
        int graduatedTotal = 0;
        int startedTotal = 0;
        int referredTotal = 0;
        TreeMap<Integer, Integer> allWaits = new TreeMap<>();
        List<Month> months = new ArrayList<>();
        LocalDate start = in.firstMonth().atDay(1);
        int week = 0;
        for (int m = 0; m < in.months(); m++) {
            YearMonth month = in.firstMonth().plusMonths(m);
            int weeksInMonth = weeksStartingIn(start, month);
            int referred = 0;
            int started = 0;
            int graduated = 0;
            TreeMap<Integer, Integer> waits = new TreeMap<>();
            for (int j = 0; j < weeksInMonth; j++, week++) {
                // 1. stage changes and graduations free room
                for (int c = 0; c < coachCount; c++) {
                    List<int[]> starts = people.get(c);
                    for (int i = starts.size() - 1; i >= 0; i--) {
                        if (week - starts.get(i)[0] >= stageAtWeek.length) {
                            CaseloadPolicy.Intake intake = intakes.get(c);
                            if (starts.get(i)[1] == intake.number() && intake.held() > 0) {
                                intakes.set(c, new CaseloadPolicy.Intake(intake.number(), intake.size(),
                                        intake.held() - 1));
                            }
                            starts.remove(i);
                            graduated++;
                            inProgramme--;
                        }
                    }
                }
                // 2. this week's referrals
                int arriving = arrivals(in.referralsPerMonth(), j, weeksInMonth);
                if (arriving > 0) {
                    waiting.add(new int[] {week, arriving});
                    waitingCount += arriving;
                    referred += arriving;
                }
                // 3. first come, first served, each to the first coach listed with room
                for (int c = 0; c < coachCount && waitingCount > 0; c++) {
                    Integer level = in.coaches().get(c).competenceLevel();
                    List<int[]> starts = people.get(c);
                    CaseloadPolicy.Room room = policy.room(level, byStage(starts, week), intakes.get(c),
                            yetToStepDown(starts, week));
                    while (room.people() > 0 && waitingCount > 0) {
                        int[] oldest = waiting.peekFirst();
                        CaseloadPolicy.Intake intake = room.afterTakingOne(intakes.get(c));
                        intakes.set(c, intake);
                        if (room.opensIntake()) {
                            for (int[] s : starts) {
                                s[2] = stageAtWeek[week - s[0]];
                            }
                        }
                        starts.add(new int[] {week, intake.number(), 0});
                        waits.merge(week - oldest[0], 1, Integer::sum);
                        if (--oldest[1] == 0) {
                            waiting.pollFirst();
                        }
                        waitingCount--;
                        started++;
                        inProgramme++;
                        cumulative++;
                        room = policy.room(level, byStage(starts, week), intakes.get(c), yetToStepDown(starts, week));
                    }
                }
                if (listener != null) {
                    List<Map<String, Integer>> snapshot = new ArrayList<>(coachCount);
                    for (List<int[]> starts : people) {
                        snapshot.add(byStage(starts, week));
                    }
                    listener.week(week, start.plusWeeks(week), snapshot, waitingCount, inProgramme,
                            graduatedTotal + graduated);
                }
            }
            graduatedTotal += graduated;
            startedTotal += started;
            referredTotal += referred;
            waits.forEach((k, v) -> allWaits.merge(k, v, Integer::sum));
            int longest = waiting.isEmpty() ? 0 : week - 1 - waiting.peekFirst()[0];
            months.add(new Month(month, weeksInMonth, referred, started, inProgramme, cumulative, graduated,
                    waitingCount, median(waits), longest));
        }
        return new Result(months, new Totals(week, referredTotal, startedTotal, cumulative, graduatedTotal,
                waitingCount, median(allWaits)));
    }

    /**
     * People referred in one week: a month's referrals spread as evenly as whole people allow over its weeks,
     * the later weeks taking the larger shares, so every month gets exactly {@code referralsPerMonth}.
     *
     * @param weekOfMonth 0 for the month's first forecast week
     */
    public static int arrivals(int referralsPerMonth, int weekOfMonth, int weeksInMonth) {
        long r = referralsPerMonth;
        return (int) ((weekOfMonth + 1) * r / weeksInMonth - weekOfMonth * r / weeksInMonth);
    }

    /** How many of the forecast's weeks (from {@code start}, 7 days apart) begin in this month. */
    public static int weeksStartingIn(LocalDate start, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        long fromStart = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(start, first));
        long firstWeek = (fromStart + 6) / 7;
        long endWeek = (java.time.temporal.ChronoUnit.DAYS.between(start, end) + 6) / 7;
        return (int) Math.max(0, endWeek - firstWeek);
    }

    /** People still at the stage they were at when the coach's current intake opened. */
    private int yetToStepDown(List<int[]> starts, int week) {
        int count = 0;
        for (int[] s : starts) {
            if (s[2] >= 0 && stageAtWeek[week - s[0]] == s[2]) {
                count++;
            }
        }
        return count;
    }

    private Map<String, Integer> byStage(List<int[]> starts, int week) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (int[] s : starts) {
            count.merge(taper.stage(stageAtWeek[week - s[0]]).name(), 1, Integer::sum);
        }
        return count;
    }

    private int stageIndexOf(String name) {
        for (int i = 0; i < taper.stages().size(); i++) {
            if (taper.stage(i).name().equals(name)) {
                return i;
            }
        }
        return 0; // a plan not started yet (no stage) counts at the first stage, as the cap counts it
    }

    private int weeksBefore(int stageIndex) {
        int w = 0;
        for (int i = 0; i < stageIndex; i++) {
            w += taper.stage(i).calls() * taper.stage(i).intervalWeeks();
        }
        return w;
    }

    /** Median of a histogram (value -> count); the mean of the two middle values for an even count. */
    static Double median(TreeMap<Integer, Integer> histogram) {
        long n = histogram.values().stream().mapToLong(Integer::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lo = (n - 1) / 2;
        long hi = n / 2;
        Integer loValue = null;
        Integer hiValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
            long next = seen + e.getValue();
            if (loValue == null && lo < next) {
                loValue = e.getKey();
            }
            if (hi < next) {
                hiValue = e.getKey();
                break;
            }
            seen = next;
        }
        return (loValue + hiValue) / 2.0;
    }
}
