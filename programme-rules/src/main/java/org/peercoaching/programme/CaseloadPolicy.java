package org.peercoaching.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many more people a coach may take, from the taper stages of the people they already have. Pure
 * rule, expressed as data: each stage has a weight (roughly how much of a coach's week that person takes)
 * and an optional limit on how many people may be at that stage at once; each competence level has a
 * limit on the total weight and on the number of people. A new person always starts at the first stage
 * (weekly).
 *
 * <p>Two rules read those limits ({@link Rule}):
 * <ul>
 *   <li>{@link Rule#COHORT} (the default, the programme as it runs): new people join a coach in cohorts,
 *   <em>intakes</em>. A coach's next intake opens only when every person they hold has left the start stage;
 *   its size is fixed when it opens: the room the weighted limits give at that moment. While an intake is not
 *   filled its remaining places may be filled (a member who withdraws or is re-matched away frees their place),
 *   so staggered starts, re-matches and withdrawals reach the same states. With the default configuration a new
 *   coach goes 2 -&gt; 3 -&gt; 5: two weekly; when both are fortnightly one more (load 12, room 1); when those
 *   three step down again (each of them has moved on a stage since that intake opened) two more (load 8, room 2),
 *   whichever of them steps down first.</li>
 *   <li>{@link Rule#WEIGHTED}: the weighted sum alone, with no intakes. It also answers states the programme's
 *   story does not tell, for instance one weekly and one fortnightly person leave room for one more (load 22),
 *   which adds a third person as soon as the first of two steps down: a burst the programme does not make.</li>
 * </ul>
 */
public final class CaseloadPolicy {

    /** The stage every new person starts at. */
    public static final String START_STAGE = "WEEKLY";

    /** Which rule turns the limits into room. */
    public enum Rule {
        /** Intakes: the next cohort only when nobody the coach holds is at the start stage (the programme). */
        COHORT,
        /** The weighted limits alone. */
        WEIGHTED
    }

    /**
     * A coach's current intake: its number (0 before the first), its size fixed when it opened, and how many
     * of its members the coach still holds.
     */
    public record Intake(int number, int size, int held) {
        public static final Intake NONE = new Intake(0, 0, 0);

        public Intake {
            if (number < 0 || size < 0 || held < 0) {
                throw new IllegalArgumentException("An intake's number, size and members cannot be negative");
            }
        }

        /** Places of this intake not yet taken (none once members leave beyond its size: never negative). */
        public int placesLeft() {
            return Math.max(0, size - held);
        }
    }

    /**
     * The room a coach has now, and where the next person goes: into the current intake, or into a new intake
     * of {@code newIntakeSize} (under the weighted rule, never a new intake).
     */
    public record Room(int people, boolean opensIntake, int newIntakeSize) {
        public static final Room NONE = new Room(0, false, 0);

        /** The coach's intake after taking one more person here. */
        public Intake afterTakingOne(Intake current) {
            if (people <= 0) {
                throw new IllegalStateException("No room: nobody can be taken");
            }
            return opensIntake ? new Intake(current.number() + 1, newIntakeSize, 1)
                    : new Intake(current.number(), current.size(), current.held() + 1);
        }
    }

    /** Limits for coaches of one competence level. */
    public record Limits(int maxLoad, int maxPeople, Map<String, Integer> maxPerStage) {
        public Limits {
            maxPerStage = Map.copyOf(maxPerStage);
        }
    }

    private final Map<String, Integer> stageWeights;
    private final NavigableMap<Integer, Limits> limitsByLevel;
    private final Rule rule;

    /**
     * @param stageWeights weight of one person at each stage; a stage not listed weighs as the start stage
     * @param limitsByLevel limits by competence level; a coach gets the highest level at or below their own
     */
    public CaseloadPolicy(Map<String, Integer> stageWeights, Map<Integer, Limits> limitsByLevel) {
        this(Rule.COHORT, stageWeights, limitsByLevel);
    }

    /**
     * @param rule how the limits turn into room (see the class comment)
     * @param stageWeights weight of one person at each stage; a stage not listed weighs as the start stage
     * @param limitsByLevel limits by competence level; a coach gets the highest level at or below their own
     */
    public CaseloadPolicy(Rule rule, Map<String, Integer> stageWeights, Map<Integer, Limits> limitsByLevel) {
        if (rule == null) {
            throw new IllegalArgumentException("The caseload policy needs a rule (COHORT or WEIGHTED)");
        }
        this.rule = rule;
        if (!stageWeights.containsKey(START_STAGE)) {
            throw new IllegalArgumentException("The caseload policy needs a weight for " + START_STAGE);
        }
        if (limitsByLevel.isEmpty()) {
            throw new IllegalArgumentException("The caseload policy needs limits for at least one competence level");
        }
        this.stageWeights = Map.copyOf(stageWeights);
        this.limitsByLevel = new TreeMap<>(limitsByLevel);
    }

    /**
     * The programme's policy (also the shipped configuration): weights weekly 8, fortnightly 6, monthly 1;
     * at most a load of 24, 2 people on weekly calls and 5 people at once.
     */
    public static CaseloadPolicy programmeDefault() {
        return programmeDefault(Rule.COHORT);
    }

    /** The programme's weights and limits under either rule. */
    public static CaseloadPolicy programmeDefault(Rule rule) {
        return new CaseloadPolicy(rule, Map.of("WEEKLY", 8, "FORTNIGHTLY", 6, "MONTHLY", 1),
                Map.of(1, new Limits(24, 5, Map.of("WEEKLY", 2))));
    }

    public Rule rule() {
        return rule;
    }

    public Limits limitsFor(Integer competenceLevel) {
        int level = competenceLevel == null ? limitsByLevel.firstKey() : competenceLevel;
        Map.Entry<Integer, Limits> entry = limitsByLevel.floorEntry(level);
        return entry != null ? entry.getValue() : limitsByLevel.firstEntry().getValue();
    }

    public int weightOf(String stage) {
        Integer weight = stageWeights.get(stage == null ? START_STAGE : stage);
        return weight != null ? weight : stageWeights.get(START_STAGE);
    }

    /** People by stage; a person whose plan has not started yet (null stage) counts at the start stage. */
    public static Map<String, Integer> byStage(Iterable<String> stages) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String stage : stages) {
            count.merge(stage == null ? START_STAGE : stage, 1, Integer::sum);
        }
        return count;
    }

    /**
     * The room a coach has now under this policy's rule, given the people they hold by stage and their current
     * intake (ignored by the weighted rule). A person whose plan has not started (null stage) is at the start stage.
     * Who has stepped down since the intake opened is not known here: only people at the start stage hold the
     * next intake back ({@link #room(Integer, Map, Intake, int)} knows more).
     */
    public Room room(Integer competenceLevel, Map<String, Integer> peopleByStage, Intake current) {
        return room(competenceLevel, peopleByStage, current, peopleByStage.getOrDefault(START_STAGE, 0));
    }

    /**
     * The room a coach has now under this policy's rule.
     *
     * @param yetToStepDown people the coach holds who have not moved on a stage since their current intake opened
     *     (its own members still at the start stage; everyone held before it, still at the stage they were at when it
     *     opened). The programme opens the next intake only "when those step down": when this is zero.
     */
    public Room room(Integer competenceLevel, Map<String, Integer> peopleByStage, Intake current, int yetToStepDown) {
        int weighted = room(competenceLevel, peopleByStage);
        if (rule == Rule.WEIGHTED) {
            return weighted > 0 ? new Room(weighted, false, 0) : Room.NONE;
        }
        boolean holdsNobody = peopleByStage.values().stream().allMatch(n -> n == 0);
        if (holdsNobody && weighted > 0) {
            return new Room(weighted, true, weighted);
        }
        int places = Math.min(current.placesLeft(), weighted);
        if (places > 0) {
            return new Room(places, false, 0);
        }
        boolean anyoneAtStart = peopleByStage.getOrDefault(START_STAGE, 0) > 0;
        if (current.placesLeft() > 0 || anyoneAtStart || yetToStepDown > 0 || weighted <= 0) {
            // an unfilled intake the weighted limits cannot take more of waits: a new one would be a burst; so does
            // an intake whose people have not all stepped down yet (one of two reaching monthly is not "those step down")
            return Room.NONE;
        }
        return new Room(weighted, true, weighted);
    }

    /**
     * How many more new people (all starting at the start stage) the weighted limits alone allow now: the
     * bound every rule stays within.
     */
    public int room(Integer competenceLevel, Map<String, Integer> peopleByStage) {
        Limits limits = limitsFor(competenceLevel);
        int people = 0;
        int load = 0;
        for (Map.Entry<String, Integer> e : peopleByStage.entrySet()) {
            people += e.getValue();
            load += weightOf(e.getKey()) * e.getValue();
        }
        int room = Math.max(0, limits.maxPeople() - people);
        int startWeight = weightOf(START_STAGE);
        if (startWeight > 0) {
            room = Math.min(room, Math.max(0, (limits.maxLoad() - load) / startWeight));
        } else if (load > limits.maxLoad()) {
            room = 0;
        }
        Integer startLimit = limits.maxPerStage().get(START_STAGE);
        if (startLimit != null) {
            room = Math.min(room, Math.max(0, startLimit - peopleByStage.getOrDefault(START_STAGE, 0)));
        }
        return room;
    }

    /** True when the coach's current people are within every limit (a stage change can never break this). */
    public boolean withinLimits(Integer competenceLevel, Map<String, Integer> peopleByStage) {
        Limits limits = limitsFor(competenceLevel);
        int people = 0;
        int load = 0;
        for (Map.Entry<String, Integer> e : peopleByStage.entrySet()) {
            people += e.getValue();
            load += weightOf(e.getKey()) * e.getValue();
            Integer stageLimit = limits.maxPerStage().get(e.getKey());
            if (stageLimit != null && e.getValue() > stageLimit) {
                return false;
            }
        }
        return people <= limits.maxPeople() && load <= limits.maxLoad();
    }
}
