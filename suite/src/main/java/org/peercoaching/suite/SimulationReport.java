package org.peercoaching.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.peercoaching.suite.ProgrammeSimulation.CallMade;
import org.peercoaching.suite.ProgrammeSimulation.CoachDay;
import org.peercoaching.suite.ProgrammeSimulation.Result;
import org.peercoaching.suite.ProgrammeSimulation.Settings;

/** What a simulated programme year shows: the programme's rules checked, and its CSV files and SVG charts. */
public final class SimulationReport {

    /** The taper as the programme runs it: calls per stage and the days between calls within each stage. */
    static final Map<String, Integer> CALLS = Map.of("WEEKLY", 8, "FORTNIGHTLY", 4, "MONTHLY", 2);
    static final Map<String, Integer> DAYS_APART = Map.of("WEEKLY", 7, "FORTNIGHTLY", 14, "MONTHLY", 28);
    static final int MAX_PEOPLE = 5;
    static final int MAX_WEEKLY = 2;

    private SimulationReport() {}

    /** A coach's people at once over time, repeats folded: a new coach reads 2, 3, 5 (then goes on). */
    public static Map<String, List<Integer>> caseloadSteps(Result result) {
        Map<String, List<Integer>> steps = new LinkedHashMap<>();
        for (CoachDay day : result.coachDays()) {
            List<Integer> seen = steps.computeIfAbsent(day.coachId(), k -> new ArrayList<>());
            if (day.people() > 0 && (seen.isEmpty() || seen.get(seen.size() - 1) != day.people())) {
                seen.add(day.people());
            }
        }
        return steps;
    }

    /** Every breach of the programme's rules that the year shows; empty when it ran exactly as the programme says. */
    public static List<String> problems(Result result, boolean everyoneFinishes) {
        List<String> problems = new ArrayList<>(notTwoThreeFive(result));
        for (CoachDay day : result.coachDays()) {
            if (day.weekly() > MAX_WEEKLY || day.people() > MAX_PEOPLE) {
                problems.add("Coach " + day.coachId() + " on " + day.date() + " held " + day.people() + " people, "
                        + day.weekly() + " weekly");
            }
        }
        Map<String, List<CallMade>> byPlan = result.calls().stream()
                .collect(Collectors.groupingBy(CallMade::planId, TreeMap::new, Collectors.toList()));
        byPlan.forEach((plan, calls) -> problems.addAll(planProblems(plan, calls, everyoneFinishes)));
        if (everyoneFinishes) {
            result.referralStatus().forEach((referral, status) -> {
                if (!status.equals("GRADUATED")) {
                    problems.add("Referral " + referral + " ended " + status + ", not GRADUATED");
                }
            });
            if (result.pathwayToldCount() != result.referralIds().size()) {
                problems.add("The pathway was told of " + result.pathwayToldCount() + " graduations, not "
                        + result.referralIds().size());
            }
        }
        return problems;
    }

    /** Coaches whose caseload did not go 2 -> 3 -> 5 at the start. */
    public static List<String> notTwoThreeFive(Result result) {
        List<String> problems = new ArrayList<>();
        caseloadSteps(result).forEach((coach, steps) -> {
            List<Integer> start = steps.subList(0, Math.min(3, steps.size()));
            if (!start.equals(List.of(2, 3, 5).subList(0, start.size()))) {
                problems.add("Coach " + coach + " went " + steps + ", not 2 -> 3 -> 5");
            }
        });
        return problems;
    }

    static List<String> planProblems(String plan, List<CallMade> calls, boolean finished) {
        List<String> problems = new ArrayList<>();
        List<CallMade> inOrder = calls.stream().sorted(Comparator.comparing(CallMade::startsAt)).toList();
        Map<String, Long> perStage = inOrder.stream().collect(Collectors.groupingBy(CallMade::stage, Collectors.counting()));
        if (finished || inOrder.get(inOrder.size() - 1).lastOfPlan()) {
            CALLS.forEach((stage, expected) -> {
                if (perStage.getOrDefault(stage, 0L) != expected.longValue()) {
                    problems.add("Plan " + plan + " had " + perStage.getOrDefault(stage, 0L) + " " + stage
                            + " calls, not " + expected);
                }
            });
        }
        DayOfWeek day = inOrder.get(0).startsAt().getDayOfWeek();
        LocalTime time = inOrder.get(0).startsAt().toLocalTime();
        for (int i = 0; i < inOrder.size(); i++) {
            CallMade call = inOrder.get(i);
            if (call.startsAt().getDayOfWeek() != day || !call.startsAt().toLocalTime().equals(time)) {
                problems.add("Plan " + plan + " call " + call.callNumber() + " was " + call.startsAt() + ", not "
                        + day + " " + time);
            }
            if (i > 0) {
                long gap = ChronoUnit.DAYS.between(inOrder.get(i - 1).startsAt().toLocalDate(),
                        call.startsAt().toLocalDate());
                int expected = DAYS_APART.getOrDefault(call.stage(), 0);
                if (gap != expected) {
                    problems.add("Plan " + plan + " call " + call.callNumber() + " (" + call.stage() + ") came "
                            + gap + " days after the one before, not " + expected);
                }
            }
        }
        return problems;
    }

    public static String summary(Result result, Settings settings) {
        Map<String, Long> statuses = result.referralStatus().values().stream()
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        Map<String, List<Integer>> steps = caseloadSteps(result);
        long twoThreeFive = steps.values().stream()
                .filter(s -> s.size() >= 3 && s.subList(0, 3).equals(List.of(2, 3, 5))).count();
        IntSummaryStatistics peak = result.coachDays().stream().mapToInt(CoachDay::people).summaryStatistics();
        int maxWeekly = result.coachDays().stream().mapToInt(CoachDay::weekly).max().orElse(0);
        List<String> problems = problems(result, false);
        return String.join("\n",
                "Simulated " + settings.coaches() + " coaches for " + settings.weeks() + " weeks from " + settings.start()
                        + " in " + seconds(result.took()) + " (wall clock; " + result.phases().entrySet().stream()
                        .map(e -> e.getKey() + " " + seconds(e.getValue())).collect(Collectors.joining(", ")) + ").",
                "Referred " + result.referralIds().size() + "; referrals by status at the end: " + statuses + ".",
                "Calls made and recorded: " + result.calls().size() + "; pathway told of " + result.pathwayToldCount()
                        + " graduations.",
                "Coaches who went 2 -> 3 -> 5: " + twoThreeFive + " of " + steps.size() + "; most people at once: "
                        + peak.getMax() + "; most on weekly calls at once: " + maxWeekly + ".",
                "Waiting at the end: " + (result.waitingWeeks().isEmpty() ? 0
                        : result.waitingWeeks().get(result.waitingWeeks().size() - 1).waiting()) + ".",
                problems.isEmpty() ? "Every rule held: steady call times, 7/14/28-day gaps, 8/4/2 calls per stage,"
                        + " never over the cap." : "Rules broken (" + problems.size() + "): "
                        + String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    public static void write(Result result, Settings settings, Path out) throws IOException {
        Files.createDirectories(out);
        StringBuilder caseload = new StringBuilder("week,date,coach,people,weekly,fortnightly,monthly\n");
        for (CoachDay day : result.coachDays()) {
            if (day.day() % 7 == 6) {
                caseload.append(day.day() / 7 + 1).append(',').append(day.date()).append(',').append(day.coachId())
                        .append(',').append(day.people()).append(',').append(day.weekly()).append(',')
                        .append(day.fortnightly()).append(',').append(day.monthly()).append('\n');
            }
        }
        Files.writeString(out.resolve("caseload-by-week.csv"), caseload);
        StringBuilder waiting = new StringBuilder("week,date,waiting\n");
        result.waitingWeeks().forEach(w -> waiting.append(w.week()).append(',').append(w.date()).append(',')
                .append(w.waiting()).append('\n'));
        Files.writeString(out.resolve("waiting-by-week.csv"), waiting);
        Map<Integer, List<Integer>> peopleByWeek = new TreeMap<>();
        for (CoachDay day : result.coachDays()) {
            if (day.day() % 7 == 6) {
                peopleByWeek.computeIfAbsent(day.day() / 7 + 1, k -> new ArrayList<>()).add(day.people());
            }
        }
        List<double[]> mean = new ArrayList<>();
        List<double[]> most = new ArrayList<>();
        List<double[]> first = new ArrayList<>();
        String firstCoach = result.coachIds().isEmpty() ? null : result.coachIds().get(0);
        peopleByWeek.forEach((week, people) -> {
            mean.add(new double[] {week, people.stream().mapToInt(Integer::intValue).average().orElse(0)});
            most.add(new double[] {week, people.stream().mapToInt(Integer::intValue).max().orElse(0)});
        });
        for (CoachDay day : result.coachDays()) {
            if (day.day() % 7 == 6 && day.coachId().equals(firstCoach)) {
                first.add(new double[] {day.day() / 7 + 1, day.people()});
            }
        }
        Files.writeString(out.resolve("caseload.svg"), LineChart.svg("People each coach holds at once, by week",
                "people", 6, List.of(new LineChart.Series("Most held by any coach", "#d4351c", most),
                        new LineChart.Series("Average over coaches", "#1d70b8", mean),
                        new LineChart.Series("The first coach", "#00703c", first))));
        List<double[]> queue = result.waitingWeeks().stream().map(w -> new double[] {w.week(), w.waiting()}).toList();
        double top = Math.max(5, queue.stream().mapToDouble(p -> p[1]).max().orElse(0));
        Files.writeString(out.resolve("waiting.svg"), LineChart.svg("People on the waiting list, by week", "people",
                top, List.of(new LineChart.Series("Waiting", "#1d70b8", queue))));
        Files.writeString(out.resolve("summary.txt"), summary(result, settings) + "\n");
    }
}
