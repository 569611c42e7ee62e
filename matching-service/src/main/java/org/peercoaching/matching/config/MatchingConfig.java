package org.peercoaching.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "peercoaching.matching")
public interface MatchingConfig {

    /** Confirm the best proposal at once instead of waiting for a coordinator. */
    @WithDefault("true")
    boolean autoConfirm();

    Weights weights();

    /**
     * Propose only coaches who share a call time with the person: a stretch of their weekly windows at least one
     * call long ({@code peercoaching.schedule.call-minutes}). A coordinator can still choose such a coach (override).
     */
    @WithDefault("true")
    boolean requireSharedCallTime();

    /** How close two different conditions count, relative to the same condition (1.0). */
    ConditionSimilarity conditionSimilarity();

    Caseload caseload();

    Priority priority();

    /** Activation instruments accepted, by name as the pathway sends it (PAM-13, SEMCD-6, ...). */
    Map<String, Instrument> instruments();

    /**
     * How many candidates per person (the best-scoring ones) the waiting-list optimisation considers; 0 for
     * every coach with room, which makes it exact over all pairs. Set it (for example 50) for very large lists.
     */
    @WithDefault("0")
    int candidatesPerPerson();

    /** Relative weight of each factor in a match score; they need not add up to 1. */
    interface Weights {
        @WithDefault("0.4")
        double condition();

        @WithDefault("0.25")
        double deprivation();

        @WithDefault("0.15")
        double language();

        @WithDefault("0.2")
        double availability();
    }

    interface ConditionSimilarity {
        @WithDefault("0.6")
        double sameFamily();

        @WithDefault("0.3")
        double sharedSymptoms();
    }

    /** The caseload cap: the rule, per-stage weights, and limits by competence level (see CaseloadPolicy). */
    interface Caseload {
        /**
         * COHORT (default: the programme as it runs, new people join in intakes, the next only when nobody the
         * coach holds is weekly) or WEIGHTED (the limits alone).
         */
        @WithDefault("COHORT")
        org.peercoaching.programme.CaseloadPolicy.Rule rule();

        /** Weight of one person at each taper stage, for example WEEKLY=8. */
        Map<String, Integer> stageWeights();

        /** Limits by competence level; a coach gets the highest level configured at or below their own. */
        Map<Integer, Level> levels();

        interface Level {
            int maxLoad();

            int maxPeople();

            /** Most people at one stage at once, for example WEEKLY=2. */
            Map<String, Integer> maxPerStage();
        }
    }

    /** Terms added to every candidate score of a person, so the optimisation favours them when coaches are short. */
    interface Priority {
        /** For assigning someone at all rather than no one: keeps the optimisation from stranding people. */
        @WithDefault("1.0")
        double assigned();

        /** Added per week waited, up to {@link #maxWaitWeeks()}. */
        @WithDefault("0.02")
        double perWeekWaiting();

        @WithDefault("26")
        int maxWaitWeeks();

        /** For people from IMD deciles 1-2 (Core20PLUS5). */
        @WithDefault("0.2")
        double mostDeprived();

        /** For people waiting for a re-match after their coach paused or left. */
        @WithDefault("2.0")
        double rematch();
    }

    /** One activation instrument: its valid score range, where low activation ends, and any levels. */
    interface Instrument {
        BigDecimal minScore();

        BigDecimal maxScore();

        /** Scores up to and including this are low activation: eligible for coaching. */
        BigDecimal eligibleUpTo();

        /** Upper score of each level, lowest level first (PAM-13: 47.0, 55.1, 67.0); empty if none. */
        Optional<List<BigDecimal>> levelUpperBounds();
    }
}
