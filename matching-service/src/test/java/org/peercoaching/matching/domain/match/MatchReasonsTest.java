package org.peercoaching.matching.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.matching.domain.WeeklyWindow;

class MatchReasonsTest {

    static final String RHEUMATOID_ARTHRITIS = "69896004";
    static final String OSTEOARTHRITIS = "396275006";
    static final String MULTIPLE_SCLEROSIS = "24700007";
    static final String HYPERTENSION = "38341003";
    static final String CROHNS = "34000006";
    static final WeeklyWindow TUESDAY_EVENING = window(DayOfWeek.TUESDAY, 18, 20);
    static final WeeklyWindow THURSDAY_EVENING = window(DayOfWeek.THURSDAY, 17, 19);
    static final WeeklyWindow SATURDAY_EVENING = window(DayOfWeek.SATURDAY, 18, 21);
    static final WeeklyWindow FRIDAY_MORNING = window(DayOfWeek.FRIDAY, 9, 11);

    final MatchReasons reasons = new MatchReasons(ConditionCatalogue.standard());
    /** The reasons are put into words from the scorer's facts only. */
    final CandidateScorer scorer = new CandidateScorer(new CandidateScorer.Weights(0.4, 0.25, 0.15, 0.2),
            ConditionCatalogue.standard(), 0.6, 0.3);

    String condition(Set<String> personCodes, Set<String> coachCodes) {
        return reasons.condition(scorer.conditionFacts(personCodes, coachCodes));
    }

    String language(String personLanguage, Set<String> coachLanguages) {
        return reasons.language(personLanguage, coachLanguages, coachLanguages.contains(personLanguage));
    }

    String callTimes(List<WeeklyWindow> personWindows, List<WeeklyWindow> coachWindows) {
        return reasons.callTimes(org.peercoaching.programme.CallWindows.shared(personWindows, coachWindows));
    }

    static WeeklyWindow window(DayOfWeek day, int from, int to) {
        return new WeeklyWindow(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void aGoodFitIsExplainedOneSentencePerFactor() {
        PersonNeeds person = new PersonNeeds(Set.of(RHEUMATOID_ARTHRITIS), 2, "pl",
                List.of(TUESDAY_EVENING, THURSDAY_EVENING, SATURDAY_EVENING), null);
        assertEquals(List.of(
                "Same condition: rheumatoid arthritis",
                "Similar area: IMD deciles 2 and 3",
                "Both speak Polish",
                "3 shared evening call windows: Tuesday 18:00-20:00, Thursday 17:30-19:00, Saturday 18:00-21:00"),
                reasons.explain(scorer.facts(person, Set.of(RHEUMATOID_ARTHRITIS), 3, Set.of("en", "pl"),
                        List.of(TUESDAY_EVENING, new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(17, 30), LocalTime.of(19, 0)),
                                SATURDAY_EVENING))));
    }

    @Test
    void theSameFamilyComesBeforeSharedSymptomsAndNothingInCommonIsSaid() {
        assertEquals("Same family of conditions (musculoskeletal): rheumatoid arthritis and osteoarthritis",
                condition(Set.of(RHEUMATOID_ARTHRITIS), Set.of(MULTIPLE_SCLEROSIS, OSTEOARTHRITIS)));
        assertEquals("Shared symptoms: fatigue and pain (rheumatoid arthritis and multiple sclerosis)",
                condition(Set.of(RHEUMATOID_ARTHRITIS), Set.of(MULTIPLE_SCLEROSIS)));
        assertEquals("No condition or symptom in common",
                condition(Set.of(RHEUMATOID_ARTHRITIS), Set.of(HYPERTENSION)));
        assertEquals("Same condition: Crohn's disease", condition(Set.of(CROHNS), Set.of(CROHNS)),
                "an eponym keeps its capital");
        assertEquals("Same condition: condition 123456", condition(Set.of("123456"), Set.of("123456")),
                "a code the catalogue does not know is named by its code");
    }

    @Test
    void theScorerSaysWhichPairOfCodesMatchedAndHow() {
        assertEquals(new CandidateScorer.ConditionFacts(null,
                        new CandidateScorer.SameFamily(RHEUMATOID_ARTHRITIS, OSTEOARTHRITIS, "musculoskeletal"),
                        new CandidateScorer.SharedSymptoms(RHEUMATOID_ARTHRITIS, MULTIPLE_SCLEROSIS,
                                List.of("fatigue", "pain"), 3)),
                scorer.conditionFacts(Set.of(RHEUMATOID_ARTHRITIS), List.of(MULTIPLE_SCLEROSIS, OSTEOARTHRITIS)));
        assertEquals(new CandidateScorer.ConditionFacts(CROHNS, null, null),
                scorer.conditionFacts(Set.of(CROHNS), Set.of(CROHNS)));
    }

    @Test
    void areasAreSimilarWithinTwoDeciles() {
        assertEquals("Similar area: both IMD decile 4", reasons.area(4, 4));
        assertEquals("Similar area: IMD deciles 2 and 4", reasons.area(2, 4));
        assertEquals("Different area: IMD deciles 1 and 8", reasons.area(1, 8));
        assertEquals("Coach's area not known: IMD decile 1 for the person", reasons.area(1, null));
    }

    @Test
    void languagesAreNamedInEnglishFromTheirIsoCodes() {
        assertEquals("Both speak Urdu", language("ur", Set.of("en", "ur")));
        assertEquals("No shared language: the person speaks Polish, the coach English and Welsh",
                language("pl", Set.of("cy", "en")));
        assertEquals("Polish", MatchReasons.languageName("pl"));
        assertEquals("xx", MatchReasons.languageName("xx"), "unknown to Java: the code");
    }

    @Test
    void withoutSharedCallTimesATimeWillNeedArranging() {
        assertEquals("No shared call times: a time will need arranging",
                callTimes(List.of(TUESDAY_EVENING), List.of(FRIDAY_MORNING)));
        assertEquals("2 shared call windows: Tuesday 18:00-19:00, Friday 10:00-11:00",
                callTimes(List.of(window(DayOfWeek.TUESDAY, 17, 19), window(DayOfWeek.FRIDAY, 10, 12)),
                        List.of(TUESDAY_EVENING, FRIDAY_MORNING)), "mixed parts of the day are just counted");
        assertEquals("1 shared morning call window: Friday 09:00-11:00",
                callTimes(List.of(FRIDAY_MORNING), List.of(FRIDAY_MORNING)));
    }
}
