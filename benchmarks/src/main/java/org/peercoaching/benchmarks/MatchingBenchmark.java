package org.peercoaching.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.match.AssignmentSolver;
import org.peercoaching.matching.domain.match.CandidateScorer;
import org.peercoaching.matching.domain.match.PersonNeeds;
import org.peercoaching.matching.domain.match.ReferenceAssignmentSolver;
import org.peercoaching.matching.domain.match.ScoreBreakdown;

/**
 * The matching optimisation at growing scale: OR-Tools (the production {@link AssignmentSolver}) against the
 * pure-Java exact {@link ReferenceAssignmentSolver} and a first-come greedy. Weights are made the way
 * Matchmaker makes them: the real {@link CandidateScorer} with the default weights, plus the default
 * priority terms, times 1,000,000, rounded. Timed: building the solver input (every {@code allow} call) and
 * solving. Not timed: generating the instance, checking the results.
 */
final class MatchingBenchmark {

    static final int CANDIDATES = 20;
    static final long SEED = 20_260_101L;

    record Case(String name, int people, int coaches, boolean skewed, int warmups, int runs, int referenceRuns) {}

    /** Person p's candidate pairs are start[p] .. start[p+1]-1, in coach[] and weight[]; arrival order is p. */
    record Instance(Case spec, int[] capacity, int[] start, int[] coach, long[] weight) {
        int people() {
            return spec.people();
        }

        int coaches() {
            return spec.coaches();
        }

        int pairs() {
            return coach.length;
        }
    }

    /** Wall-clock best and median, and the best CPU time of the calling thread (OR-Tools solves on it). */
    record Timing(double bestMs, double medianMs, double bestCpuMs, int runs) {
        String text() {
            return runs == 1 ? fmt(bestMs) + " (1 run)" : fmt(bestMs) + " / " + fmt(medianMs);
        }
    }

    record Memory(long heapBaseline, long heapPeak, long allocated, long rssPeak, boolean rssReset) {}

    record Result(Instance instance, Timing orTools, long orTotal, int orAssigned, Memory orMemory, Timing reference,
            Long referenceTotal, Timing greedy, long greedyTotal, int greedyAssigned, String certificate) {}

    private MatchingBenchmark() {}

    static void run(String[] args) {
        boolean with1m = false;
        boolean useReference = true;
        boolean certify = true;
        Set<String> only = null;
        Integer runsOverride = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--with-1m" -> with1m = true;
                case "--no-reference" -> useReference = false;
                case "--no-certificate" -> certify = false;
                case "--case" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                case "--runs" -> runsOverride = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        List<Case> cases = new ArrayList<>(List.of(
                new Case("2k", 2_000, 300, false, 5, 7, 3),
                new Case("10k", 10_000, 1_500, false, 3, 7, 1),
                new Case("10k-skewed", 10_000, 1_500, true, 3, 7, 1),
                new Case("100k", 100_000, 15_000, false, 1, 5, 0),
                new Case("100k-skewed", 100_000, 15_000, true, 1, 5, 0)));
        Case million = new Case("1m", 1_000_000, 100_000, false, 1, 3, 0);
        if (with1m || (only != null && only.contains("1m"))) {
            cases.add(million);
        }
        if (only != null) {
            Set<String> wanted = only;
            cases.removeIf(c -> !wanted.contains(c.name()));
        }
        System.out.printf("java %s (%s), %d processors, max heap %s; OR-Tools native: %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
                AssignmentSolver.nativeSolverAvailable());
        if (!AssignmentSolver.nativeSolverAvailable()) {
            System.out.println("WARNING: OR-Tools did not load, so 'OR-Tools' below is the pure-Java fallback");
        }
        List<Result> results = new ArrayList<>();
        for (Case spec : cases) {
            if (runsOverride != null) {
                spec = new Case(spec.name(), spec.people(), spec.coaches(), spec.skewed(), spec.warmups(), runsOverride,
                        spec.referenceRuns());
            }
            results.add(runCase(spec, useReference, certify));
        }
        System.out.println();
        System.out.println("| case | people x coaches | pairs | OR-Tools ms best / median | best CPU ms | OR-Tools total | assigned"
                + " | reference ms | reference total | gap | optimality | greedy total (below optimum) | greedy"
                + " assigned | heap in use, max (before) | heap allocated | process RSS peak |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            Instance in = r.instance();
            long optimum = r.orTotal();
            String gap = r.referenceTotal() == null ? "-" : String.valueOf(r.referenceTotal() - r.orTotal());
            System.out.printf("| %s | %,d x %,d | %,d | %s | %s | %,d | %,d | %s | %s | %s | %s | %,d (%.2f%% below) | %,d"
                    + " | %s (%s) | %s | %s%s |%n",
                    in.spec().name(), in.people(), in.coaches(), in.pairs(), r.orTools().text(),
                    fmt(r.orTools().bestCpuMs()), r.orTotal(),
                    r.orAssigned(), r.reference() == null ? "skipped" : r.reference().text(),
                    r.referenceTotal() == null ? "-" : String.format("%,d", r.referenceTotal()), gap,
                    r.certificate(), r.greedyTotal(), 100.0 * (optimum - r.greedyTotal()) / optimum,
                    r.greedyAssigned(), mb(r.orMemory().heapPeak()), mb(r.orMemory().heapBaseline()),
                    mb(r.orMemory().allocated()), mb(r.orMemory().rssPeak()), r.orMemory().rssReset() ? "" : " (since JVM start)");
        }
    }

    static Result runCase(Case spec, boolean useReference, boolean certify) {
        log("%s: generating %,d people x %,d coaches%s", spec.name(), spec.people(), spec.coaches(),
                spec.skewed() ? " (skewed)" : "");
        long g0 = System.nanoTime();
        Instance in = generate(spec, SEED + spec.name().hashCode());
        log("%s: %,d pairs generated in %.1f s", spec.name(), in.pairs(), (System.nanoTime() - g0) / 1e9);

        AssignmentSolver.Assignment[] last = new AssignmentSolver.Assignment[1];
        Timing orTiming = time(spec.warmups(), spec.runs(), () -> last[0] = orTools(in));
        long orTotal = check(in, last[0].coachOf(), last[0].totalWeight(), "OR-Tools");
        int orAssigned = assigned(last[0].coachOf());
        log("%s: OR-Tools %s ms (best CPU %s ms), total %,d, %,d assigned", spec.name(), orTiming.text(),
                fmt(orTiming.bestCpuMs()), orTotal, orAssigned);
        Memory memory = measureMemory(() -> orTools(in));
        log("%s: heap in use at most %s (%s before), %s allocated; process RSS peak %s", spec.name(),
                mb(memory.heapPeak()), mb(memory.heapBaseline()), mb(memory.allocated()), mb(memory.rssPeak()));

        Timing refTiming = null;
        Long refTotal = null;
        if (useReference && spec.referenceRuns() > 0) {
            AssignmentSolver.Assignment[] ref = new AssignmentSolver.Assignment[1];
            refTiming = time(spec.referenceRuns() > 1 ? 1 : 0, spec.referenceRuns(), () -> ref[0] = reference(in));
            refTotal = check(in, ref[0].coachOf(), ref[0].totalWeight(), "reference");
            log("%s: reference %s ms, total %,d, gap %,d", spec.name(), refTiming.text(), refTotal, refTotal - orTotal);
            if (refTotal != orTotal) {
                log("%s: GAP: OR-Tools is %,d below the reference", spec.name(), refTotal - orTotal);
            }
        }

        int[][] greedyResult = new int[1][];
        Timing greedyTiming = time(spec.warmups(), spec.runs(), () -> greedyResult[0] = greedy(in));
        long greedyTotal = check(in, greedyResult[0], null, "greedy");
        log("%s: greedy %s ms, total %,d", spec.name(), greedyTiming.text(), greedyTotal);

        String certificate = "not checked";
        if (certify) {
            long c0 = System.nanoTime();
            Boolean optimal = noNegativeResidualCycle(in, last[0].coachOf(), c0 + 600_000_000_000L);
            certificate = optimal == null ? "check timed out" : optimal ? "certified" : "NOT OPTIMAL";
            log("%s: negative-cycle check: %s in %.1f s", spec.name(), certificate, (System.nanoTime() - c0) / 1e9);
            if (greedyTotal < orTotal && in.people() <= 10_000) {
                // the check must also be able to say no: greedy's assignment is below the optimum (only on the
                // small cases: finding a negative cycle takes Bellman-Ford far longer than proving there is none)
                Boolean greedyOptimal = noNegativeResidualCycle(in, greedyResult[0], System.nanoTime() + 60_000_000_000L);
                log("%s: the same check on greedy's assignment: %s", spec.name(),
                        greedyOptimal == null ? "timed out" : greedyOptimal ? "WRONGLY CERTIFIED" : "rejected, as it should be");
                if (Boolean.TRUE.equals(greedyOptimal)) {
                    certificate += " (but the check also passed greedy!)";
                }
            }
        }
        return new Result(in, orTiming, orTotal, orAssigned, memory, refTiming, refTotal, greedyTiming, greedyTotal,
                assigned(greedyResult[0]), certificate);
    }

    // ---------------------------------------------------------------- the three ways to assign

    static AssignmentSolver.Assignment orTools(Instance in) {
        AssignmentSolver solver = new AssignmentSolver(in.people(), in.capacity());
        for (int p = 0; p < in.people(); p++) {
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                solver.allow(p, in.coach()[i], in.weight()[i]);
            }
        }
        return solver.solve();
    }

    static AssignmentSolver.Assignment reference(Instance in) {
        ReferenceAssignmentSolver solver = new ReferenceAssignmentSolver(in.people(), in.capacity());
        for (int p = 0; p < in.people(); p++) {
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                solver.allow(p, in.coach()[i], in.weight()[i]);
            }
        }
        return solver.solve();
    }

    /** First come, first served: each person in arrival order takes their best candidate who still has room. */
    static int[] greedy(Instance in) {
        int[] room = in.capacity().clone();
        int[] coachOf = new int[in.people()];
        for (int p = 0; p < in.people(); p++) {
            int best = -1;
            long bestWeight = 0;
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                int c = in.coach()[i];
                if (room[c] > 0 && in.weight()[i] > bestWeight) {
                    best = c;
                    bestWeight = in.weight()[i];
                }
            }
            coachOf[p] = best;
            if (best >= 0) {
                room[best]--;
            }
        }
        return coachOf;
    }

    // ---------------------------------------------------------------- checks

    /** Feasibility (allowed pairs, positive weights, capacities) and the total, recomputed from the instance. */
    static long check(Instance in, int[] coachOf, Long reportedTotal, String who) {
        int[] used = new int[in.coaches()];
        long total = 0;
        for (int p = 0; p < in.people(); p++) {
            int c = coachOf[p];
            if (c < 0) {
                continue;
            }
            long w = Long.MIN_VALUE;
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                if (in.coach()[i] == c) {
                    w = Math.max(w, in.weight()[i]);
                }
            }
            if (w == Long.MIN_VALUE || w <= 0) {
                throw new IllegalStateException(who + ": person " + p + " got coach " + c + ", not an allowed pair");
            }
            used[c]++;
            total += w;
        }
        for (int c = 0; c < in.coaches(); c++) {
            if (used[c] > in.capacity()[c]) {
                throw new IllegalStateException(who + ": coach " + c + " over capacity");
            }
        }
        if (reportedTotal != null && reportedTotal != total) {
            throw new IllegalStateException(who + ": reported " + reportedTotal + " but the pairs add up to " + total);
        }
        return total;
    }

    /**
     * An optimality certificate independent of both solvers: builds the residual network of the flow that the
     * assignment defines (source -> person -> coach -> sink plus the source -> sink bypass for the unassigned)
     * and looks for a negative-cost cycle with a queue-based Bellman-Ford. A feasible flow is of minimum cost
     * exactly when there is none. True: optimal; false: not optimal; null: gave up at the deadline.
     */
    static Boolean noNegativeResidualCycle(Instance in, int[] coachOf, long deadlineNanos) {
        int people = in.people();
        int coaches = in.coaches();
        int source = 0;
        int sink = people + coaches + 1;
        int nodes = sink + 1;
        boolean[] personHasPair = new boolean[people];
        boolean[] coachHasPair = new boolean[coaches];
        int[] used = new int[coaches];
        int supply = 0;
        int assigned = 0;
        for (int p = 0; p < people; p++) {
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                if (in.weight()[i] > 0 && in.capacity()[in.coach()[i]] > 0) {
                    personHasPair[p] = true;
                    coachHasPair[in.coach()[i]] = true;
                }
            }
            if (personHasPair[p]) {
                supply++;
            }
            if (coachOf[p] >= 0) {
                assigned++;
                used[coachOf[p]]++;
            }
        }
        int[] chosen = new int[people]; // the pair carrying person p's unit (the best-weighted if repeated), or -1
        Arrays.fill(chosen, -1);
        for (int p = 0; p < people; p++) {
            for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                if (in.coach()[i] == coachOf[p] && in.weight()[i] > 0
                        && (chosen[p] < 0 || in.weight()[i] > in.weight()[chosen[p]])) {
                    chosen[p] = i;
                }
            }
        }
        // residual arcs as (from, to, cost): counted in the first pass, filled in CSR order in the second
        int[] degree = new int[nodes + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : degree.clone();
            int[] to = pass == 0 ? null : new int[degree[nodes]];
            long[] cost = pass == 0 ? null : new long[degree[nodes]];
            ArcSink arcs = pass == 0
                    ? (from, head, c) -> degree[from + 1]++
                    : (from, head, c) -> {
                        int slot = fill[from]++;
                        to[slot] = head;
                        cost[slot] = c;
                    };
            for (int p = 0; p < people; p++) {
                if (!personHasPair[p]) {
                    continue;
                }
                if (coachOf[p] >= 0) {
                    arcs.add(1 + p, source, 0);
                } else {
                    arcs.add(source, 1 + p, 0);
                }
                for (int i = in.start()[p]; i < in.start()[p + 1]; i++) {
                    int c = in.coach()[i];
                    if (in.weight()[i] <= 0 || in.capacity()[c] <= 0) {
                        continue;
                    }
                    if (i == chosen[p]) {
                        arcs.add(1 + people + c, 1 + p, in.weight()[i]);
                    } else {
                        arcs.add(1 + p, 1 + people + c, -in.weight()[i]);
                    }
                }
            }
            for (int c = 0; c < coaches; c++) {
                if (!coachHasPair[c]) {
                    continue;
                }
                if (used[c] < in.capacity()[c]) {
                    arcs.add(1 + people + c, sink, 0);
                }
                if (used[c] > 0) {
                    arcs.add(sink, 1 + people + c, 0);
                }
            }
            int bypassFlow = supply - assigned;
            if (bypassFlow < supply) {
                arcs.add(source, sink, 0);
            }
            if (bypassFlow > 0) {
                arcs.add(sink, source, 0);
            }
            if (pass == 0) {
                for (int v = 0; v < nodes; v++) {
                    degree[v + 1] += degree[v];
                }
            } else {
                return bellmanFordFindsNoNegativeCycle(nodes, degree, to, cost, deadlineNanos);
            }
        }
        throw new AssertionError();
    }

    @FunctionalInterface
    private interface ArcSink {
        void add(int from, int to, long cost);
    }

    private static Boolean bellmanFordFindsNoNegativeCycle(int nodes, int[] first, int[] to, long[] cost,
            long deadlineNanos) {
        long[] dist = new long[nodes]; // all 0: as if a virtual root reached every node at cost 0
        int[] length = new int[nodes]; // arcs on the current shortest path; reaching nodes means a cycle
        int[] queue = new int[nodes];
        boolean[] queued = new boolean[nodes];
        int head = 0;
        int size = nodes;
        for (int v = 0; v < nodes; v++) {
            queue[v] = v;
            queued[v] = true;
        }
        long steps = 0;
        while (size > 0) {
            int u = queue[head];
            head = head + 1 == nodes ? 0 : head + 1;
            size--;
            queued[u] = false;
            for (int e = first[u]; e < first[u + 1]; e++) {
                int v = to[e];
                long d = dist[u] + cost[e];
                if (d < dist[v]) {
                    dist[v] = d;
                    length[v] = length[u] + 1;
                    if (length[v] >= nodes) {
                        return false;
                    }
                    if (!queued[v]) {
                        queued[v] = true;
                        queue[(head + size) % nodes] = v;
                        size++;
                    }
                }
            }
            if ((++steps & 0xFFFF) == 0 && System.nanoTime() > deadlineNanos) {
                return null;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- instances

    record CoachProfile(String gender, List<String> conditions, Integer decile, List<String> languages,
            List<WeeklyWindow> windows) {}

    private static final String[] OTHER_LANGUAGES = {"pl", "ur", "pa", "bn", "gu", "ar", "so"};
    private static final DayOfWeek[] DAYS = DayOfWeek.values();

    /**
     * People and coaches with random profiles (conditions from the shared catalogue, IMD deciles, languages,
     * weekly call windows, some gender preferences), capacities 1-5, {@value #CANDIDATES} random candidate
     * coaches per person scored by the real {@link CandidateScorer} (a gender preference drops some), weights
     * as Matchmaker makes them. Skewed: a few star coaches are among everyone's candidates with a perfect score.
     */
    static Instance generate(Case spec, long seed) {
        Random random = new Random(seed);
        ConditionCatalogue catalogue = ConditionCatalogue.standard();
        // sorted: the catalogue iterates in a different order in every JVM (Map.copyOf)
        List<String> codes = catalogue.all().stream().map(ConditionCatalogue.Condition::code).sorted().toList();
        CandidateScorer scorer = new CandidateScorer(new CandidateScorer.Weights(0.4, 0.25, 0.15, 0.2), catalogue,
                0.6, 0.3);
        int coaches = spec.coaches();
        int[] capacity = new int[coaches];
        CoachProfile[] profiles = new CoachProfile[coaches];
        for (int c = 0; c < coaches; c++) {
            capacity[c] = 1 + random.nextInt(5);
            List<String> languages = random.nextInt(5) == 0
                    ? List.of("en", OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)])
                    : List.of("en");
            profiles[c] = new CoachProfile(random.nextInt(100) < 65 ? "FEMALE" : "MALE", conditions(random, codes),
                    random.nextInt(10) == 0 ? null : 1 + random.nextInt(10), languages,
                    windows(random, 2 + random.nextInt(3), true));
        }
        int stars = spec.skewed() ? Math.max(5, coaches / 1_000) : 0;
        int people = spec.people();
        int[] start = new int[people + 1];
        int[] coach = new int[people * (CANDIDATES + 3)];
        long[] weight = new long[coach.length];
        int n = 0;
        int[] picked = new int[CANDIDATES + 3];
        for (int p = 0; p < people; p++) {
            start[p] = n;
            int preference = random.nextInt(100);
            PersonNeeds person = new PersonNeeds(conditions(random, codes), 1 + random.nextInt(10),
                    random.nextInt(100) < 88 ? "en" : OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)],
                    windows(random, 1 + random.nextInt(3), false),
                    preference < 12 ? "FEMALE" : preference < 15 ? "MALE" : null);
            long weeks = random.nextInt(30);
            double priority = 1.0 + Math.min(weeks, 26) * 0.02 + (person.imdDecile() <= 2 ? 0.2 : 0.0)
                    + (random.nextInt(100) < 3 ? 2.0 : 0.0);
            int k = 0;
            if (stars > 0) {
                while (k < 3) {
                    int c = random.nextInt(stars);
                    if (!contains(picked, k, c)) {
                        picked[k++] = c;
                        coach[n] = c;
                        weight[n++] = Math.round((1.0 + priority) * 1_000_000);
                    }
                }
            }
            int wanted = k + CANDIDATES;
            while (k < wanted) {
                int c = stars + random.nextInt(coaches - stars);
                if (contains(picked, k, c)) {
                    continue;
                }
                picked[k++] = c;
                CoachProfile cp = profiles[c];
                Optional<ScoreBreakdown> score = scorer.score(person, cp.gender(), cp.conditions(), cp.decile(),
                        cp.languages(), cp.windows());
                if (score.isPresent()) {
                    coach[n] = c;
                    weight[n++] = Math.round((score.get().total() + priority) * 1_000_000);
                }
            }
        }
        start[people] = n;
        return new Instance(spec, capacity, start, Arrays.copyOf(coach, n), Arrays.copyOf(weight, n));
    }

    private static boolean contains(int[] a, int size, int x) {
        for (int i = 0; i < size; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static List<String> conditions(Random random, List<String> codes) {
        String first = codes.get(random.nextInt(codes.size()));
        if (random.nextInt(3) > 0) {
            return List.of(first);
        }
        String second = codes.get(random.nextInt(codes.size()));
        return second.equals(first) ? List.of(first) : List.of(first, second);
    }

    private static List<WeeklyWindow> windows(Random random, int count, boolean weekends) {
        List<WeeklyWindow> windows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DayOfWeek day = DAYS[random.nextInt(weekends ? 7 : 5)];
            int from = 9 + random.nextInt(10);
            int hours = 1 + random.nextInt(3);
            windows.add(new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(Math.min(21, from + hours), 0)));
        }
        return windows;
    }

    // ---------------------------------------------------------------- measuring

    static Timing time(int warmups, int runs, Runnable run) {
        for (int i = 0; i < warmups; i++) {
            run.run();
        }
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Timing(ms[0], median, bestCpu, runs);
    }

    /**
     * One more run, measured: the heap in use before it (after a full GC: the instance and the JVM itself), the
     * most heap in use during it (sampled every millisecond; garbage not yet collected counts), the bytes it
     * allocated on the heap, and the process's resident-set high-water mark (heap plus OR-Tools' native memory),
     * reset first where Linux allows it.
     */
    static Memory measureMemory(Supplier<?> run) {
        System.gc();
        System.gc();
        MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
        long baseline = heap.getHeapMemoryUsage().getUsed();
        AtomicLong maxUsed = new AtomicLong(baseline);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                maxUsed.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        boolean reset = resetPeakRss();
        sampler.start();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        Object result = run.get();
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        done.set(true);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        maxUsed.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
        long rss = peakRss();
        if (result == null) {
            throw new IllegalStateException();
        }
        return new Memory(baseline, maxUsed.get(), allocated, rss, reset);
    }

    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private static int assigned(int[] coachOf) {
        int n = 0;
        for (int c : coachOf) {
            if (c >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String fmt(double ms) {
        return ms >= 100 ? String.format("%,.0f", ms) : String.format("%.1f", ms);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes / (1024 * 1024));
    }

    private static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
