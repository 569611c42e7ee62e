package org.peercoaching.matching.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.matching.domain.WeeklyWindow;

class CandidateScorerTest {

    static final String RHEUMATOID_ARTHRITIS = "69896004";
    static final String COPD = "13645005";
    static final String OSTEOARTHRITIS = "396275006";
    static final String MULTIPLE_SCLEROSIS = "24700007";
    static final WeeklyWindow TUESDAY_EVENING = new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0));
    static final WeeklyWindow TUESDAY_LATE = new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(19, 30), LocalTime.of(21, 0));
    static final WeeklyWindow FRIDAY_MORNING = new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));

    final CandidateScorer scorer = new CandidateScorer(new CandidateScorer.Weights(0.4, 0.25, 0.15, 0.2),
            ConditionCatalogue.standard(), 0.6, 0.3);

    PersonNeeds person(String genderPreference) {
        return new PersonNeeds(Set.of(RHEUMATOID_ARTHRITIS), 2, "pl", List.of(TUESDAY_EVENING), genderPreference);
    }

    @Test
    void aCoachOfAnotherGenderIsNeverOfferedWhenThePersonAskedForOne() {
        assertTrue(scorer.score(person("FEMALE"), "MALE", Set.of(RHEUMATOID_ARTHRITIS), 2, Set.of("pl"),
                List.of(TUESDAY_EVENING)).isEmpty());
    }

    @Test
    void aPerfectFitScoresTheSumOfTheWeights() {
        ScoreBreakdown s = scorer.score(person(null), "MALE", Set.of(RHEUMATOID_ARTHRITIS), 2, Set.of("pl", "en"),
                List.of(TUESDAY_EVENING)).orElseThrow();
        assertEquals(1.0, s.condition());
        assertEquals(1.0, s.deprivation());
        assertEquals(1.0, s.language());
        assertEquals(1.0, s.availability());
        assertEquals(1.0, s.total(), 1e-9);
    }

    @Test
    void theSameConditionOutranksEverythingElseBeingEqual() {
        double same = scorer.score(person(null), "F", Set.of(RHEUMATOID_ARTHRITIS), 5, Set.of("en"),
                List.of(TUESDAY_EVENING)).orElseThrow().total();
        double other = scorer.score(person(null), "F", Set.of(COPD), 5, Set.of("en"),
                List.of(TUESDAY_EVENING)).orElseThrow().total();
        assertTrue(same > other);
    }

    @Test
    void deprivationScoreFallsWithDecileDistance() {
        double near = scorer.score(person(null), "F", Set.of(), 3, Set.of(), List.of()).orElseThrow().deprivation();
        double far = scorer.score(person(null), "F", Set.of(), 10, Set.of(), List.of()).orElseThrow().deprivation();
        assertEquals(1.0 - 1 / 9.0, near, 1e-9);
        assertEquals(1.0 - 8 / 9.0, far, 1e-9);
    }

    @Test
    void availabilityCountsOnlyTimeBothSidesAreFree() {
        ScoreBreakdown partial = scorer.score(person(null), "F", Set.of(), 2, Set.of(), List.of(TUESDAY_LATE, FRIDAY_MORNING))
                .orElseThrow();
        assertEquals(0.25, partial.availability(), 1e-9, "30 of 120 minutes overlap");
        ScoreBreakdown none = scorer.score(person(null), "F", Set.of(), 2, Set.of(), List.of(FRIDAY_MORNING)).orElseThrow();
        assertEquals(0.0, none.availability());
    }

    @Test
    void theSameConditionBeatsTheSameFamilyWhichBeatsSharedSymptomsWhichBeatsNothingInCommon() {
        double same = scorer.conditionSimilarity(Set.of(RHEUMATOID_ARTHRITIS), Set.of(RHEUMATOID_ARTHRITIS));
        double family = scorer.conditionSimilarity(Set.of(RHEUMATOID_ARTHRITIS), Set.of(OSTEOARTHRITIS));
        double symptoms = scorer.conditionSimilarity(Set.of(RHEUMATOID_ARTHRITIS), Set.of(MULTIPLE_SCLEROSIS));
        double nothing = scorer.conditionSimilarity(Set.of(RHEUMATOID_ARTHRITIS), Set.of("38341003"));
        assertEquals(1.0, same);
        assertEquals(0.6, family, 1e-9, "both musculoskeletal");
        assertEquals(0.3 * 2 / 3, symptoms, 1e-9, "MS shares pain and fatigue of RA's pain, fatigue, stiffness");
        assertEquals(0.0, nothing, "hypertension shares no symptom");
        assertTrue(same > family && family > symptoms && symptoms > nothing);
    }

    @Test
    void theBestPairOfConditionsCounts() {
        assertEquals(1.0, scorer.conditionSimilarity(Set.of(COPD, RHEUMATOID_ARTHRITIS), Set.of(RHEUMATOID_ARTHRITIS)));
        assertEquals(0.6, scorer.conditionSimilarity(Set.of(COPD, RHEUMATOID_ARTHRITIS),
                Set.of("38341003", OSTEOARTHRITIS)), 1e-9);
    }
}
