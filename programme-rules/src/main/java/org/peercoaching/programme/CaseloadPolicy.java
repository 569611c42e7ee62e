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
 * (weekly). With the default configuration this reproduces the programme: two weekly people; when both
 * step down to fortnightly exactly one more; when those three step down again exactly two more. Being a
 * sum, it also answers cases the programme's story does not tell: one weekly and one fortnightly person
 * leave room for one more (load 22, under the programme's own peak of 24: two monthly, one fortnightly,
 * two weekly).
 */
public final class CaseloadPolicy {

    /** The stage every new person starts at. */
    public static final String START_STAGE = "WEEKLY";

    /** Limits for coaches of one competence level. */
    public record Limits(int maxLoad, int maxPeople, Map<String, Integer> maxPerStage) {
        public Limits {
            maxPerStage = Map.copyOf(maxPerStage);
        }
    }

    private final Map<String, Integer> stageWeights;
    private final NavigableMap<Integer, Limits> limitsByLevel;

    /**
     * @param stageWeights weight of one person at each stage; a stage not listed weighs as the start stage
     * @param limitsByLevel limits by competence level; a coach gets the highest level at or below their own
     */
    public CaseloadPolicy(Map<String, Integer> stageWeights, Map<Integer, Limits> limitsByLevel) {
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
        return new CaseloadPolicy(Map.of("WEEKLY", 8, "FORTNIGHTLY", 6, "MONTHLY", 1),
                Map.of(1, new Limits(24, 5, Map.of("WEEKLY", 2))));
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

    /** How many more new people (all starting at the start stage) the coach may take now. */
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
