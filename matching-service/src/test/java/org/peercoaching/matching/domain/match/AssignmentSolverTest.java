package org.peercoaching.matching.domain.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

    /** Every way of giving each person one of their allowed coaches or none, within capacities. */
    static long bruteForce(long[][] weight, int[] capacity) {
        return best(0, weight, capacity.clone());
    }

    private static long best(int person, long[][] weight, int[] left) {
        if (person == weight.length) {
            return 0;
        }
        long best = best(person + 1, weight, left);
        for (int c = 0; c < left.length; c++) {
            if (weight[person][c] != Long.MIN_VALUE && left[c] > 0) {
                left[c]--;
                best = Math.max(best, weight[person][c] + best(person + 1, weight, left));
                left[c]++;
            }
        }
        return best;
    }

    @Test
    void equalsTheBruteForceOptimumOnSmallRandomInstances() {
        checkAgainstBruteForce(1, 400, 1_000_000);
    }

    @Test
    void equalsTheBruteForceOptimumWhenManyPairsTie() {
        // few distinct weights: many shortest paths at once, so the multi-path augmentation is exercised
        checkAgainstBruteForce(401, 800, 3);
    }

    void checkAgainstBruteForce(long fromSeed, long toSeed, int weightRange) {
        for (long seed = fromSeed; seed <= toSeed; seed++) {
            Random random = new Random(seed);
            int people = 1 + random.nextInt(7);
            int coaches = 1 + random.nextInt(4);
            int[] capacity = new int[coaches];
            for (int c = 0; c < coaches; c++) {
                capacity[c] = random.nextInt(3);
            }
            long[][] weight = new long[people][coaches];
            AssignmentSolver solver = new AssignmentSolver(people, capacity);
            for (int p = 0; p < people; p++) {
                for (int c = 0; c < coaches; c++) {
                    if (random.nextInt(4) == 0) {
                        weight[p][c] = Long.MIN_VALUE; // filtered out, e.g. by a gender preference
                    } else {
                        weight[p][c] = random.nextInt(weightRange);
                        solver.allow(p, c, weight[p][c]);
                    }
                }
            }
            AssignmentSolver.Assignment result = solver.solve();
            assertEquals(bruteForce(weight, capacity), result.totalWeight(), "seed " + seed);
            // and the assignment itself is feasible and adds up to the total it reports
            int[] used = new int[coaches];
            long total = 0;
            for (int p = 0; p < people; p++) {
                int c = result.coachOf()[p];
                if (c >= 0) {
                    assertTrue(weight[p][c] != Long.MIN_VALUE, "only allowed pairs, seed " + seed);
                    used[c]++;
                    total += weight[p][c];
                }
            }
            for (int c = 0; c < coaches; c++) {
                assertTrue(used[c] <= capacity[c], "capacity holds, seed " + seed);
            }
            assertEquals(result.totalWeight(), total);
        }
    }

    @Test
    void greedyWouldBeWrongHereAndTheSolverIsNot() {
        // person 0 likes both coaches, person 1 only coach 0: greedy gives coach 0 to person 0 and strands 1
        AssignmentSolver solver = new AssignmentSolver(2, new int[] {1, 1});
        solver.allow(0, 0, 10);
        solver.allow(0, 1, 9);
        solver.allow(1, 0, 8);
        AssignmentSolver.Assignment result = solver.solve();
        assertArrayEquals(new int[] {1, 0}, result.coachOf());
        assertEquals(17, result.totalWeight());
    }

    @Test
    void nobodyIsAssignedWhenThereIsNoRoom() {
        AssignmentSolver solver = new AssignmentSolver(2, new int[] {0});
        solver.allow(0, 0, 5);
        solver.allow(1, 0, 5);
        assertArrayEquals(new int[] {-1, -1}, solver.solve().coachOf());
    }

    @Test
    void aThousandPeopleAndTwoHundredCoachesSolveQuickly() {
        Random random = new Random(42);
        int people = 1000;
        int coaches = 200;
        int[] capacity = new int[coaches];
        for (int c = 0; c < coaches; c++) {
            capacity[c] = random.nextInt(3);
        }
        AssignmentSolver solver = new AssignmentSolver(people, capacity);
        for (int p = 0; p < people; p++) {
            for (int k = 0; k < 20; k++) {
                solver.allow(p, random.nextInt(coaches), 1 + random.nextInt(1_000_000));
            }
        }
        long start = System.nanoTime();
        AssignmentSolver.Assignment result = solver.solve();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.totalWeight() > 0);
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }
}
