package org.peercoaching.matching.domain.match;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;

/**
 * Exact assignment of waiting people to coaches: maximises the total weight of the chosen (person, coach)
 * pairs, each person at most once, each coach at most its remaining capacity; pairs of weight 0 or less are
 * never used, and people whose every pairing would lower the total stay unassigned.
 *
 * <p>Solved as a min-cost flow with Google OR-Tools' cost-scaling push-relabel solver ({@link MinCostFlow},
 * native code): every person with a usable pair is a supply of one unit, which reaches the sink either
 * through a coach (person -> coach: capacity 1, cost -weight; coach -> sink: capacity = the coach's room)
 * or straight, unassigned (person -> sink: capacity 1, cost 0). Every unit must reach the sink and staying
 * unassigned costs nothing, so the minimum cost uses exactly the pairs that improve the total; integral
 * capacities make the optimum integral, so it is the exact optimum. (A single source with a source -> sink
 * bypass is the same model; this one took 10-15% less CPU time here.)
 *
 * <p>Size: 100,000 people x 15,000 coaches with 20 candidates each in a few seconds, 1,000,000 x 100,000
 * in well under a minute (docs/benchmarks.md). Pure domain code: no framework, no database. If the native
 * library cannot be loaded on a platform (or the solver reports anything but an optimum), it logs a warning
 * and falls back to {@link ReferenceAssignmentSolver}, the slower pure-Java solver, with the same optimum.
 * Not thread-safe; one instance per optimisation.
 */
public final class AssignmentSolver {

    /** The result: for each person the coach index, or -1; and the total weight of the assignment. */
    public record Assignment(int[] coachOf, long totalWeight) {}

    private static final System.Logger LOG = System.getLogger(AssignmentSolver.class.getName());

    private final int people;
    private final int[] capacity;
    private int arcs;
    private int[] arcPerson = new int[16];
    private int[] arcCoach = new int[16];
    private long[] arcWeight = new long[16];
    private boolean solvedNatively;

    public AssignmentSolver(int people, int[] coachCapacity) {
        this.people = people;
        this.capacity = coachCapacity.clone();
    }

    /** True when OR-Tools' native library is loaded here; false means {@link #solve()} uses the pure-Java fallback. */
    public static boolean nativeSolverAvailable() {
        return NativeLibrary.AVAILABLE;
    }

    /** Whether the last {@link #solve()} used OR-Tools (or had nothing to solve) rather than the fallback. */
    boolean solvedNatively() {
        return solvedNatively;
    }

    /** A pair that may be chosen, with its weight (higher is better; pairs of weight 0 or less never help). */
    public void allow(int person, int coach, long weight) {
        if (person < 0 || person >= people || coach < 0 || coach >= capacity.length) {
            throw new IllegalArgumentException("No such person or coach: " + person + ", " + coach);
        }
        if (weight <= 0 || capacity[coach] <= 0) {
            return; // never part of an optimum: leaving it out keeps the flow network small
        }
        if (arcs == arcPerson.length) {
            int grown = arcs + (arcs >> 1) + 16;
            arcPerson = Arrays.copyOf(arcPerson, grown);
            arcCoach = Arrays.copyOf(arcCoach, grown);
            arcWeight = Arrays.copyOf(arcWeight, grown);
        }
        arcPerson[arcs] = person;
        arcCoach[arcs] = coach;
        arcWeight[arcs] = weight;
        arcs++;
    }

    public Assignment solve() {
        solvedNatively = false;
        if (arcs == 0) {
            int[] none = new int[people];
            Arrays.fill(none, -1);
            solvedNatively = true;
            return new Assignment(none, 0);
        }
        if (NativeLibrary.AVAILABLE) {
            Assignment solved = solveWithOrTools();
            if (solved != null) {
                solvedNatively = true;
                return solved;
            }
        }
        ReferenceAssignmentSolver reference = new ReferenceAssignmentSolver(people, capacity);
        for (int a = 0; a < arcs; a++) {
            reference.allow(arcPerson[a], arcCoach[a], arcWeight[a]);
        }
        return reference.solve();
    }

    /** The OR-Tools optimum, or null if the solver did not report one (then the caller falls back). */
    private Assignment solveWithOrTools() {
        int coaches = capacity.length;
        int sink = people + coaches; // nodes: people 0..people-1, then coaches, then the sink
        boolean[] personUsed = new boolean[people];
        boolean[] coachUsed = new boolean[coaches];
        int supply = 0;
        for (int a = 0; a < arcs; a++) {
            if (!personUsed[arcPerson[a]]) {
                personUsed[arcPerson[a]] = true;
                supply++;
            }
            coachUsed[arcCoach[a]] = true;
        }
        MinCostFlow flow = new MinCostFlow(sink + 1, arcs + supply + coaches);
        try {
            int[] pairArc = new int[arcs];
            for (int a = 0; a < arcs; a++) {
                pairArc[a] = flow.addArcWithCapacityAndUnitCost(arcPerson[a], people + arcCoach[a], 1, -arcWeight[a]);
            }
            for (int p = 0; p < people; p++) {
                if (personUsed[p]) {
                    flow.setNodeSupply(p, 1);
                    flow.addArcWithCapacityAndUnitCost(p, sink, 1, 0); // staying unassigned costs nothing
                }
            }
            for (int c = 0; c < coaches; c++) {
                if (coachUsed[c]) {
                    flow.addArcWithCapacityAndUnitCost(people + c, sink, Math.min(capacity[c], supply), 0);
                }
            }
            flow.setNodeSupply(sink, -supply);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                LOG.log(System.Logger.Level.WARNING, "OR-Tools min-cost flow returned {0} for {1} people, {2} coaches"
                        + " and {3} pairs; solving with the pure-Java solver instead", status, people, coaches, arcs);
                return null;
            }
            int[] coachOf = new int[people];
            Arrays.fill(coachOf, -1);
            long total = 0;
            for (int a = 0; a < arcs; a++) {
                int p = arcPerson[a];
                if (coachOf[p] < 0 && flow.getFlow(pairArc[a]) > 0) {
                    coachOf[p] = arcCoach[a];
                    total += arcWeight[a];
                }
            }
            if (total != -flow.getOptimalCost()) {
                LOG.log(System.Logger.Level.WARNING, "OR-Tools min-cost flow reported cost {0} but the pairs add up"
                        + " to {1}; solving with the pure-Java solver instead", flow.getOptimalCost(), -total);
                return null;
            }
            return new Assignment(coachOf, total);
        } finally {
            flow.delete();
        }
    }

    /** Loads OR-Tools' native library once per class loader; a failure is logged once and remembered. */
    private static final class NativeLibrary {
        static final boolean AVAILABLE = load();

        private static boolean load() {
            try {
                Loader.loadNativeLibraries(); // quiet when it fails, so try the library at once
                new MinCostFlow().delete();
                return true;
            } catch (LinkageError | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "OR-Tools' native min-cost flow is not available on this"
                        + " platform (" + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + "): matching falls back to the slower pure-Java solver", e);
                return false;
            }
        }
    }
}
