package org.peercoaching.matching.domain.match;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.matching.domain.WeeklyWindow;

/**
 * Scores one coach for one person. Pure: no database, no framework. The gender preference is a hard
 * filter; everything else adds to the score, each factor 0..1 times its weight.
 *
 * <p>Condition similarity, best pair of the person's and the coach's conditions: the same condition 1;
 * the same family (from the shared condition catalogue) {@code sameFamily}; otherwise shared symptoms,
 * up to {@code sharedSymptoms} in proportion to how many of the person's symptoms the coach knows.
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

    /** Empty when the coach cannot be offered to this person at all. */
    public Optional<ScoreBreakdown> score(PersonNeeds person, String coachGender, Collection<String> coachConditions,
            Integer coachImdDecile, Collection<String> coachLanguages, Collection<WeeklyWindow> coachWindows) {
        if (person.coachGenderPreference() != null && !person.coachGenderPreference().equals(coachGender)) {
            return Optional.empty();
        }
        double condition = conditionSimilarity(person.conditionCodes(), coachConditions);
        double deprivation = coachImdDecile == null ? 0.0 : 1.0 - Math.abs(person.imdDecile() - coachImdDecile) / 9.0;
        double language = coachLanguages.contains(person.language()) ? 1.0 : 0.0;
        Duration shared = WeeklyWindow.totalOverlap(person.callWindows(), coachWindows);
        double availability = Math.min(1.0, (double) shared.toMinutes() / FULL_AVAILABILITY.toMinutes());
        double total = weights.condition() * condition + weights.deprivation() * deprivation
                + weights.language() * language + weights.availability() * availability;
        return Optional.of(new ScoreBreakdown(condition, deprivation, language, availability, total));
    }

    double conditionSimilarity(Collection<String> personCodes, Collection<String> coachCodes) {
        double best = 0.0;
        for (String mine : personCodes) {
            if (coachCodes.contains(mine)) {
                return 1.0;
            }
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
                    best = Math.max(best, sameFamily);
                } else if (!p.get().symptoms().isEmpty()) {
                    Set<String> common = new HashSet<>(p.get().symptoms());
                    common.retainAll(c.get().symptoms());
                    best = Math.max(best, sharedSymptoms * common.size() / p.get().symptoms().size());
                }
            }
        }
        return best;
    }
}
