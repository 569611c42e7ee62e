package org.peercoaching.matching.domain.match;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.programme.CallWindows;

/**
 * Scores one coach for one person. Pure: no database, no framework. The gender preference is a hard
 * filter; everything else adds to the score, each factor 0..1 times its weight.
 *
 * <p>Condition similarity, best pair of the person's and the coach's conditions: the same condition 1;
 * the same family (from the shared condition catalogue) {@code sameFamily}; otherwise shared symptoms,
 * up to {@code sharedSymptoms} in proportion to how many of the person's symptoms the coach knows. The facts
 * behind each factor ({@link #facts}) are what {@link MatchReasons} puts into words: one walk, one rule.
 */
public final class CandidateScorer {

    /** Two hours of shared weekly availability is as good as it gets for a 15-60 minute call. */
    static final Duration FULL_AVAILABILITY = Duration.ofHours(2);

    public record Weights(double condition, double deprivation, double language, double availability) {}

    private final Weights weights;
    private final ConditionCatalogue catalogue;
    private final double sameFamily;
    private final double sharedSymptoms;

    public CandidateScorer(Weights weights, ConditionCatalogue catalogue, double sameFamily, double sharedSymptoms) {
        this.weights = weights;
        this.catalogue = catalogue;
        this.sameFamily = sameFamily;
        this.sharedSymptoms = sharedSymptoms;
    }

    /** The person's and the coach's conditions are in the same family: the first such pair. */
    public record SameFamily(String personCode, String coachCode, String family) {}

    /**
     * The pair of conditions sharing the largest part of the person's condition's symptoms (sorted), out of
     * {@code personSymptomCount}.
     */
    public record SharedSymptoms(String personCode, String coachCode, List<String> symptoms, int personSymptomCount) {
        public SharedSymptoms {
            symptoms = List.copyOf(symptoms);
        }

        double share() {
            return (double) symptoms.size() / personSymptomCount;
        }
    }

    /**
     * How the person's and the coach's conditions meet: the person's first condition the coach has too (null if
     * none); the first pair in the same family (null if none); the pair of different families sharing the largest
     * part of the person's symptoms (null if none share any).
     */
    public record ConditionFacts(String sameCondition, SameFamily sameFamily, SharedSymptoms sharedSymptoms) {}

    /** Everything the score is computed from, for the reasons a coordinator reads (MatchReasons). */
    public record Facts(ConditionFacts condition, int personDecile, Integer coachDecile, String personLanguage,
            List<String> coachLanguages, boolean languageShared, List<CallWindows.Shared> sharedWindows) {}

    /** Empty when the coach cannot be offered to this person at all. */
    public Optional<ScoreBreakdown> score(PersonNeeds person, String coachGender, Collection<String> coachConditions,
            Integer coachImdDecile, Collection<String> coachLanguages, Collection<WeeklyWindow> coachWindows) {
        if (person.coachGenderPreference() != null && !person.coachGenderPreference().equals(coachGender)) {
            return Optional.empty();
        }
        double condition = conditionSimilarity(conditionFacts(person.conditionCodes(), coachConditions));
        double deprivation = coachImdDecile == null ? 0.0 : 1.0 - Math.abs(person.imdDecile() - coachImdDecile) / 9.0;
        double language = coachLanguages.contains(person.language()) ? 1.0 : 0.0;
        Duration shared = WeeklyWindow.totalOverlap(person.callWindows(), coachWindows);
        double availability = Math.min(1.0, (double) shared.toMinutes() / FULL_AVAILABILITY.toMinutes());
        double total = weights.condition() * condition + weights.deprivation() * deprivation
                + weights.language() * language + weights.availability() * availability;
        return Optional.of(new ScoreBreakdown(condition, deprivation, language, availability, total));
    }

    /** The facts behind each factor of the score, whether or not the coach meets the gender preference. */
    public Facts facts(PersonNeeds person, Collection<String> coachConditions, Integer coachImdDecile,
            Collection<String> coachLanguages, Collection<WeeklyWindow> coachWindows) {
        return new Facts(conditionFacts(person.conditionCodes(), coachConditions), person.imdDecile(), coachImdDecile,
                person.language(), List.copyOf(coachLanguages), coachLanguages.contains(person.language()),
                CallWindows.shared(person.callWindows(), coachWindows));
    }

    /** One walk over the condition catalogue: which pair of codes matched, and how. */
    public ConditionFacts conditionFacts(Collection<String> personCodes, Collection<String> coachCodes) {
        for (String code : personCodes) {
            if (coachCodes.contains(code)) {
                return new ConditionFacts(code, null, null);
            }
        }
        SameFamily family = null;
        SharedSymptoms symptoms = null;
        for (String mine : personCodes) {
            Optional<ConditionCatalogue.Condition> p = catalogue.find(mine);
            if (p.isEmpty()) {
                continue;
            }
            for (String theirs : coachCodes) {
                Optional<ConditionCatalogue.Condition> c = catalogue.find(theirs);
                if (c.isEmpty()) {
                    continue;
                }
                if (p.get().family().equals(c.get().family())) {
                    if (family == null) {
                        family = new SameFamily(mine, theirs, p.get().family());
                    }
                } else if (!p.get().symptoms().isEmpty()) {
                    Set<String> common = new TreeSet<>(p.get().symptoms());
                    common.retainAll(c.get().symptoms());
                    SharedSymptoms pair = new SharedSymptoms(mine, theirs, List.copyOf(common),
                            p.get().symptoms().size());
                    if (!common.isEmpty() && (symptoms == null || pair.share() > symptoms.share())) {
                        symptoms = pair;
                    }
                }
            }
        }
        return new ConditionFacts(null, family, symptoms);
    }

    double conditionSimilarity(Collection<String> personCodes, Collection<String> coachCodes) {
        return conditionSimilarity(conditionFacts(personCodes, coachCodes));
    }

    private double conditionSimilarity(ConditionFacts facts) {
        if (facts.sameCondition() != null) {
            return 1.0;
        }
        double best = facts.sameFamily() != null ? sameFamily : 0.0;
        SharedSymptoms shared = facts.sharedSymptoms();
        if (shared != null) {
            best = Math.max(best, sharedSymptoms * shared.symptoms().size() / shared.personSymptomCount());
        }
        return best;
    }
}
