package org.peercoaching.matching.domain.match;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.peercoaching.matching.domain.WeeklyWindow;

/**
 * Scores one coach for one person. Pure: no database, no framework. The gender preference is a hard
 * filter; everything else adds to the score.
 */
public final class CandidateScorer {

    /** Two hours of shared weekly availability is as good as it gets for a 15-60 minute call. */
    static final Duration FULL_AVAILABILITY = Duration.ofHours(2);

    private final double conditionWeight;
    private final double deprivationWeight;
    private final double languageWeight;
    private final double availabilityWeight;

    public CandidateScorer(double conditionWeight, double deprivationWeight, double languageWeight,
            double availabilityWeight) {
        this.conditionWeight = conditionWeight;
        this.deprivationWeight = deprivationWeight;
        this.languageWeight = languageWeight;
        this.availabilityWeight = availabilityWeight;
    }

    /** Empty when the coach cannot be offered to this person at all. */
    public Optional<ScoreBreakdown> score(PersonNeeds person, String coachGender, Collection<String> coachConditions,
            Integer coachImdDecile, Collection<String> coachLanguages, Collection<WeeklyWindow> coachWindows) {
        if (person.coachGenderPreference() != null && !person.coachGenderPreference().equals(coachGender)) {
            return Optional.empty();
        }
        double condition = person.conditionCodes().stream().anyMatch(coachConditions::contains) ? 1.0 : 0.0;
        double deprivation = coachImdDecile == null ? 0.0 : 1.0 - Math.abs(person.imdDecile() - coachImdDecile) / 9.0;
        double language = coachLanguages.contains(person.language()) ? 1.0 : 0.0;
        Duration shared = WeeklyWindow.totalOverlap(person.callWindows(), coachWindows);
        double availability = Math.min(1.0, (double) shared.toMinutes() / FULL_AVAILABILITY.toMinutes());
        double total = conditionWeight * condition + deprivationWeight * deprivation + languageWeight * language
                + availabilityWeight * availability;
        return Optional.of(new ScoreBreakdown(condition, deprivation, language, availability, total));
    }
}
