package org.peercoaching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseloadPolicyTest {

    final CaseloadPolicy policy = CaseloadPolicy.programmeDefault();

    /** One person's taper: weekly, fortnightly and monthly blocks of the given lengths, then graduation. */
    record Person(int startWeek, int weeklyWeeks, int fortnightlyWeeks, int monthlyWeeks) {
        String stageIn(int week) {
            int w = week - startWeek;
            if (w < weeklyWeeks) {
                return "WEEKLY";
            }
            if (w < weeklyWeeks + fortnightlyWeeks) {
                return "FORTNIGHTLY";
            }
            if (w < weeklyWeeks + fortnightlyWeeks + monthlyWeeks) {
                return "MONTHLY";
            }
            return null; // graduated
        }
    }

    /** Runs one coach week by week, taking as many people as the policy allows; returns intakes by week. */
    Map<Integer, Integer> simulate(int weeks, int weeklyWeeks, int fortnightlyWeeks, int monthlyWeeks) {
        List<Person> people = new ArrayList<>();
        Map<Integer, Integer> intakes = new LinkedHashMap<>();
        for (int week = 0; week < weeks; week++) {
            int finalWeek = week;
            List<String> stages = people.stream().map(p -> p.stageIn(finalWeek)).filter(s -> s != null).toList();
            Map<String, Integer> byStage = CaseloadPolicy.byStage(stages);
            assertTrue(policy.withinLimits(1, byStage), "week " + week + ": " + byStage);
            int room = policy.room(1, byStage);
            for (int i = 0; i < room; i++) {
                people.add(new Person(week, weeklyWeeks, fortnightlyWeeks, monthlyWeeks));
            }
            if (room > 0) {
                intakes.put(week, room);
            }
            List<String> after = people.stream().map(p -> p.stageIn(finalWeek)).filter(s -> s != null).toList();
            Map<String, Integer> afterByStage = CaseloadPolicy.byStage(after);
            assertTrue(policy.withinLimits(1, afterByStage), "never over the cap: week " + week + " " + afterByStage);
            assertEquals(0, policy.room(1, afterByStage), "room is used up as it is offered");
            assertTrue(after.size() <= 5, "never more than five people at once");
        }
        return intakes;
    }

    @Test
    void oneCoachOverElevenMonthsTakesTwoThenOneThenTwoAndIsNeverOverTheCap() {
        // weeks 1-8 weekly, about two months fortnightly, about two months monthly
        Map<Integer, Integer> intakes = simulate(48, 8, 9, 9);
        List<Map.Entry<Integer, Integer>> first = new ArrayList<>(intakes.entrySet()).subList(0, 3);
        assertEquals(List.of(Map.entry(0, 2), Map.entry(8, 1), Map.entry(17, 2)), first,
                "two at the start, one more when they go fortnightly, two more when those three step down");
        int firstSixMonths = intakes.entrySet().stream().filter(e -> e.getKey() < 26).mapToInt(Map.Entry::getValue).sum();
        assertEquals(5, firstSixMonths, "five people before the first two graduate");
    }

    @Test
    void theSamePatternHoldsWhenEveryStageLastsEightWeeks() {
        Map<Integer, Integer> intakes = simulate(48, 8, 8, 8);
        assertEquals(List.of(Map.entry(0, 2), Map.entry(8, 1), Map.entry(16, 2)),
                new ArrayList<>(intakes.entrySet()).subList(0, 3));
    }

    @Test
    void aNewCoachTakesTwoPeopleAndNoMore() {
        assertEquals(2, policy.room(1, Map.of()));
        assertEquals(1, policy.room(1, Map.of("WEEKLY", 1)));
        assertEquals(0, policy.room(1, Map.of("WEEKLY", 2)));
        assertEquals(0, policy.room(null, Map.of("WEEKLY", 2)), "an unknown level gets the lowest level's limits");
    }

    @Test
    void whileOnlySomeOfThePeopleHaveSteppedDownThereIsNoRoom() {
        assertEquals(0, policy.room(1, Map.of("WEEKLY", 1, "FORTNIGHTLY", 2)));
        assertEquals(0, policy.room(1, Map.of("FORTNIGHTLY", 3)), "three fortnightly: wait until they step down");
        assertEquals(1, policy.room(1, Map.of("FORTNIGHTLY", 2)));
        assertEquals(2, policy.room(1, Map.of("MONTHLY", 2, "FORTNIGHTLY", 1)));
    }

    @Test
    void experiencedCoachesCanBeGivenMoreByConfigurationAlone() {
        CaseloadPolicy levelled = new CaseloadPolicy(Map.of("WEEKLY", 8, "FORTNIGHTLY", 6, "MONTHLY", 1),
                Map.of(1, new CaseloadPolicy.Limits(24, 5, Map.of("WEEKLY", 2)),
                        3, new CaseloadPolicy.Limits(32, 7, Map.of("WEEKLY", 3))));
        assertEquals(2, levelled.room(1, Map.of()));
        assertEquals(2, levelled.room(2, Map.of()), "level 2 has no limits of its own: level 1's apply");
        assertEquals(3, levelled.room(3, Map.of()));
        assertEquals(3, levelled.room(4, Map.of()));
    }
}
