package org.peercoaching.matching.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OR-Tools solver against the pure-Java reference on random instances: the same optimal total, and an
 * assignment that is feasible on its own terms. Seeded, so a failure names the seed that reproduces it.
 */
class AssignmentSolverRandomTest {

    @BeforeAll
    static void theNativeSolverIsTheOneUnderTest() {
        assertTrue(AssignmentSolver.nativeSolverAvailable(), "OR-Tools' native library should load on linux-x86-64");
    }

    @Test
    void smallInstancesWithZeroNegativeAndTiedWeights() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            // weights from -3..5 give many ties, zero and negative pairs
            check(seed, random, 1 + random.nextInt(12), 1 + random.nextInt(6), 4, -3, 9);
        }
    }

    @Test
    void mediumInstancesWithWideWeights() {
        for (long seed = 1_001; seed <= 1_200; seed++) {
            Random random = new Random(seed);
            check(seed, random, 1 + random.nextInt(200), 1 + random.nextInt(40), 6, -1_000, 3_000_000);
        }
    }

    @Test
    void crowdedInstancesWhereEveryoneWantsTheSameFewCoaches() {
        for (long seed = 2_001; seed <= 2_100; seed++) {
            Random random = new Random(seed);
            check(seed, random, 20 + random.nextInt(100), 1 + random.nextInt(5), 2, 0, 4);
        }
    }

    @Test
    void anEmptyInstanceAndOneWithoutUsablePairs() {
        AssignmentSolver.Assignment none = new AssignmentSolver(0, new int[0]).solve();
        assertEquals(0, none.coachOf().length);
        assertEquals(0, none.totalWeight());
        AssignmentSolver solver = new AssignmentSolver(3, new int[] {0, 2});
        solver.allow(0, 0, 10); // no room
        solver.allow(1, 1, 0); // no gain
        solver.allow(2, 1, -4); // a loss
        AssignmentSolver.Assignment result = solver.solve();
        assertEquals(0, result.totalWeight());
        assertEquals(-1, result.coachOf()[0]);
        assertEquals(-1, result.coachOf()[1]);
        assertEquals(-1, result.coachOf()[2]);
    }

    /**
     * One random instance: capacities 0..maxCapacity-1 (zero included), each person gets up to maxCandidates
     * random pairs (so some get none, and a pair can repeat with another weight), weights in [low, high).
     */
    private static void check(long seed, Random random, int people, int coaches, int maxCapacity, int low,
            int high) {
        int[] capacity = new int[coaches];
        for (int c = 0; c < coaches; c++) {
            capacity[c] = random.nextInt(maxCapacity);
        }
        AssignmentSolver solver = new AssignmentSolver(people, capacity);
        ReferenceAssignmentSolver reference = new ReferenceAssignmentSolver(people, capacity);
        Map<Long, Long> bestWeight = new HashMap<>(); // the best weight given for each allowed pair
        for (int p = 0; p < people; p++) {
            int candidates = random.nextInt(Math.min(coaches, 8) + 1);
            for (int k = 0; k < candidates; k++) {
                int c = random.nextInt(coaches);
                long w = low + random.nextInt(high - low);
                solver.allow(p, c, w);
                reference.allow(p, c, w);
                bestWeight.merge((long) p * coaches + c, w, Math::max);
            }
        }
        AssignmentSolver.Assignment fast = solver.solve();
        AssignmentSolver.Assignment exact = reference.solve();
        assertTrue(solver.solvedNatively(), "solved by OR-Tools, not the fallback, seed " + seed);
        assertEquals(exact.totalWeight(), fast.totalWeight(), "optimal total, seed " + seed);
        assertEquals(people, fast.coachOf().length, "seed " + seed);
        int[] used = new int[coaches];
        long total = 0;
        for (int p = 0; p < people; p++) {
            int c = fast.coachOf()[p];
            if (c < 0) {
                continue;
            }
            Long w = bestWeight.get((long) p * coaches + c);
            assertTrue(w != null, "only allowed pairs, seed " + seed);
            assertTrue(w > 0, "never a pair that lowers the total, seed " + seed);
            used[c]++;
            total += w;
        }
        for (int c = 0; c < coaches; c++) {
            assertTrue(used[c] <= capacity[c], "coach " + c + " within capacity, seed " + seed);
        }
        assertEquals(fast.totalWeight(), total, "the reported total is the assignment's, seed " + seed);
    }
}
