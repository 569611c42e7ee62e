package org.peercoaching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cohort (intake) rule: the programme's 2 -> 3 -> 5, whatever the start dates, and never a burst. */
class CohortCaseloadTest {

    static final List<String> TAPER = List.of("WEEKLY", "FORTNIGHTLY", "MONTHLY");

    final CaseloadPolicy policy = CaseloadPolicy.programmeDefault();

    /** One person a coach holds: their stage (index in TAPER), weeks left in it, and the intake they joined. */
    static final class Person {
        int stage;
        int weeksLeft;
        final int intake;
        /** Their stage when the coach's current intake opened (or they joined it). */
        int baseline;

        Person(int stage, int weeksLeft, int intake) {
            this.stage = stage;
            this.weeksLeft = weeksLeft;
            this.intake = intake;
            this.baseline = stage;
        }

        String stageName() {
            return TAPER.get(stage);
        }
    }

    /** One coach under the cohort rule, as matching-service keeps them: people and the current intake. */
    final class Coach {
        final List<Person> people = new ArrayList<>();
        CaseloadPolicy.Intake intake = CaseloadPolicy.Intake.NONE;
        final List<Integer> intakeSizes = new ArrayList<>();

        Map<String, Integer> byStage() {
            return CaseloadPolicy.byStage(people.stream().map(Person::stageName).toList());
        }

        CaseloadPolicy.Intake current() {
            int held = (int) people.stream().filter(p -> p.intake == intake.number()).count();
            return new CaseloadPolicy.Intake(intake.number(), intake.size(), held);
        }

        CaseloadPolicy.Room room() {
            return policy.room(1, byStage(), current(), yetToStepDown());
        }

        int yetToStepDown() {
            return (int) people.stream().filter(p -> p.stage == p.baseline).count();
        }

        /** Takes one person at this stage; checks the rule's promises as it does. */
        void take(int stage, int weeks, String context) {
            CaseloadPolicy.Room room = room();
            assertTrue(room.people() > 0, context);
            boolean anyoneWeekly = people.stream().anyMatch(p -> p.stage == 0);
            if (room.opensIntake()) {
                assertFalse(anyoneWeekly, "a new intake opens only when nobody is weekly: " + context);
                assertEquals(0, yetToStepDown(), "a new intake opens only when everyone has stepped down since the"
                        + " last one opened: " + context);
                people.forEach(p -> p.baseline = p.stage);
                assertEquals(policy.room(1, byStage()), room.newIntakeSize(),
                        "an intake's size is the weighted room when it opens: " + context);
                intakeSizes.add(room.newIntakeSize());
            } else if (anyoneWeekly) {
                assertTrue(current().placesLeft() > 0,
                        "someone joins while a held person is weekly only into a place the intake has: " + context);
            }
            intake = room.afterTakingOne(current());
            people.add(new Person(stage, weeks, intake.number()));
        }

        void checkLimits(String context) {
            Map<String, Integer> byStage = byStage();
            assertTrue(byStage.getOrDefault("WEEKLY", 0) <= 2, "never more than two weekly: " + context + byStage);
            assertTrue(people.size() <= 5, "never more than five people: " + context + byStage);
            int load = people.stream().mapToInt(p -> policy.weightOf(p.stageName())).sum();
            assertTrue(load <= 24, "never over the load: " + context + byStage);
            assertTrue(policy.withinLimits(1, byStage), context + byStage);
        }

        /** A week passes: everyone's stage moves on when its time is up (after MONTHLY they graduate). */
        void weekPasses() {
            for (int i = people.size() - 1; i >= 0; i--) {
                Person p = people.get(i);
                if (--p.weeksLeft <= 0) {
                    if (p.stage == TAPER.size() - 1) {
                        people.remove(i);
                    } else {
                        p.stage++;
                        p.weeksLeft = 8;
                    }
                }
            }
        }
    }

    @Test
    void whenOneOfTheFirstTwoReachesMonthlyFirstTheCoachWaitsForBothThenTakesTwo() {
        // A and B (intake 1) fortnightly, C (intake 2, size 1) weekly; C steps down first, then A, then B
        CaseloadPolicy.Intake second = new CaseloadPolicy.Intake(2, 1, 1);
        assertEquals(CaseloadPolicy.Room.NONE, policy.room(1, Map.of("FORTNIGHTLY", 3), second, 2),
                "C fortnightly, A and B not yet monthly");
        assertEquals(CaseloadPolicy.Room.NONE, policy.room(1, Map.of("MONTHLY", 1, "FORTNIGHTLY", 2), second, 1),
                "A monthly, B not yet: the weighted limits alone would open an intake of one here");
        assertEquals(1, policy.room(1, Map.of("MONTHLY", 1, "FORTNIGHTLY", 2)));
        assertEquals(new CaseloadPolicy.Room(2, true, 2),
                policy.room(1, Map.of("MONTHLY", 2, "FORTNIGHTLY", 1), second, 0), "all three stepped down: two more");
    }

    @Test
    void aNewCoachGoesTwoThenThreeThenFiveExactly() {
        Coach coach = new Coach();
        List<String> story = new ArrayList<>();
        for (int week = 0; week < 24; week++) {
            while (coach.room().people() > 0) {
                coach.take(0, 8, "week " + week);
            }
            story.add(week + ":" + coach.people.size());
            coach.checkLimits("week " + week);
            coach.weekPasses();
        }
        assertEquals("0:2", story.get(0));
        assertEquals("7:2", story.get(7));
        assertEquals("8:3", story.get(8), "one more when both are fortnightly");
        assertEquals("15:3", story.get(15));
        assertEquals("16:5", story.get(16), "two more when those three step down");
        assertEquals(List.of(2, 1, 2), coach.intakeSizes.subList(0, 3));
    }

    @Test
    void whenOneOfTwoStepsDownTheCoachWaitsForTheOther() {
        // the defect: the weighted sum alone gives a third person while one of the first two is still weekly
        Map<String, Integer> oneDown = Map.of("FORTNIGHTLY", 1, "WEEKLY", 1);
        assertEquals(1, CaseloadPolicy.programmeDefault(CaseloadPolicy.Rule.WEIGHTED)
                .room(1, oneDown, new CaseloadPolicy.Intake(1, 2, 2)).people());
        assertEquals(0, policy.room(1, oneDown, new CaseloadPolicy.Intake(1, 2, 2)).people());
        CaseloadPolicy.Room bothDown = policy.room(1, Map.of("FORTNIGHTLY", 2), new CaseloadPolicy.Intake(1, 2, 2));
        assertEquals(new CaseloadPolicy.Room(1, true, 1), bothDown);
        assertEquals(new CaseloadPolicy.Intake(2, 1, 1), bothDown.afterTakingOne(new CaseloadPolicy.Intake(1, 2, 2)));
    }

    @Test
    void staggeredStartsTheSecondIntakeOpensWhenTheLaterStarterStepsDown() {
        Coach coach = new Coach();
        List<Integer> joinedAt = new ArrayList<>();
        for (int week = 0; week < 30; week++) {
            // the second person is referred three weeks after the first; after that someone always waits
            int available = week == 0 ? 1 : week < 3 ? 0 : Integer.MAX_VALUE;
            while (available-- > 0 && coach.room().people() > 0) {
                coach.take(0, 8, "week " + week);
                joinedAt.add(week);
            }
            coach.checkLimits("week " + week);
            coach.weekPasses();
        }
        // first at 0, second at 3 (the first intake's second place); the first steps down at 8 but the second
        // is weekly until 11: the second intake (one place) opens at 11; the first two go monthly at 16 and 19,
        // the third fortnightly at 19: the third intake (two places) opens at 19
        assertEquals(List.of(0, 3, 11, 19, 19), joinedAt.subList(0, 5));
        assertEquals(List.of(2, 1, 2), coach.intakeSizes.subList(0, 3));
    }

    @Test
    void aWithdrawalFreesItsPlaceInTheCurrentIntakeOnly() {
        CaseloadPolicy.Intake first = new CaseloadPolicy.Intake(1, 2, 1);
        assertEquals(new CaseloadPolicy.Room(1, false, 0), policy.room(1, Map.of("WEEKLY", 1), first),
                "one of the first two withdrew: their place can be filled");
        CaseloadPolicy.Intake second = new CaseloadPolicy.Intake(2, 1, 1);
        assertEquals(CaseloadPolicy.Room.NONE, policy.room(1, Map.of("FORTNIGHTLY", 1, "WEEKLY", 1), second),
                "someone from an earlier intake left: the current intake is full and weekly, so nobody joins");
        assertEquals(new CaseloadPolicy.Room(2, true, 2), policy.room(1, Map.of(), new CaseloadPolicy.Intake(3, 1, 0)),
                "a coach who holds nobody opens a new intake, whatever is left of the last one");
    }

    @Test
    void theWeightedRuleIsStillThereByChoice() {
        CaseloadPolicy weighted = CaseloadPolicy.programmeDefault(CaseloadPolicy.Rule.WEIGHTED);
        assertEquals(CaseloadPolicy.Rule.WEIGHTED, weighted.rule());
        assertEquals(CaseloadPolicy.Rule.COHORT, policy.rule());
        assertEquals(new CaseloadPolicy.Room(2, false, 0), weighted.room(1, Map.of(), CaseloadPolicy.Intake.NONE));
    }

    /**
     * Thousands of random histories of one coach: people join only when there is room (some weeks nobody is
     * referred), step down at random times, some withdraw, some arrive mid-taper (re-matches). The cap and the
     * intake rule hold throughout.
     */
    @Test
    void randomHistoriesNeverBreakTheCapOrTheIntakes() {
        int intakesSeen = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            Random random = new Random(seed);
            Coach coach = new Coach();
            boolean withdrawals = random.nextBoolean();
            for (int week = 0; week < 80; week++) {
                String context = "seed " + seed + " week " + week + " ";
                if (withdrawals) {
                    coach.people.removeIf(p -> random.nextInt(30) == 0);
                }
                int referred = random.nextInt(4) == 0 ? 0 : random.nextInt(3);
                for (int k = 0; k < referred && coach.room().people() > 0; k++) {
                    boolean rematch = random.nextInt(10) == 0;
                    coach.take(rematch ? 1 + random.nextInt(2) : 0, 1 + random.nextInt(12), context);
                    coach.checkLimits(context);
                }
                coach.checkLimits(context);
                coach.weekPasses();
            }
            for (int size : coach.intakeSizes) {
                assertTrue(size >= 1 && size <= 2, "seed " + seed + ": an intake of 1 or 2 people " + coach.intakeSizes);
            }
            if (!withdrawals && !coach.intakeSizes.isEmpty()) {
                assertEquals(2, coach.intakeSizes.get(0), "seed " + seed + ": a new coach's first intake is two");
            }
            intakesSeen += coach.intakeSizes.size();
        }
        assertTrue(intakesSeen > 10_000, "the histories exercise many intakes: " + intakesSeen);
    }
}
