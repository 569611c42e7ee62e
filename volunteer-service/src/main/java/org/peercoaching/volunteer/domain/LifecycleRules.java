package org.peercoaching.volunteer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The volunteer lifecycle: applicant -> in training -> ready -> active <-> paused, and left from anywhere.
 * Pure rules: given what is recorded about a coach and today's date, which requirements of a transition
 * are not met (all of them, so the coordinator sees everything to do at once).
 */
public final class LifecycleRules {

    static final Map<Transition, Set<VolunteerStatus>> ALLOWED_FROM = Map.of(
            Transition.START_TRAINING, Set.of(VolunteerStatus.APPLICANT),
            Transition.COMPLETE_TRAINING, Set.of(VolunteerStatus.IN_TRAINING),
            Transition.ACTIVATE, Set.of(VolunteerStatus.READY),
            Transition.PAUSE, Set.of(VolunteerStatus.ACTIVE),
            Transition.RESUME, Set.of(VolunteerStatus.PAUSED),
            Transition.LEAVE, Set.of(VolunteerStatus.APPLICANT, VolunteerStatus.IN_TRAINING, VolunteerStatus.READY,
                    VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED));

    private LifecycleRules() {}

    /** Every requirement of {@code transition} that the coach does not meet today; empty when it is allowed. */
    public static List<UnmetRequirement> unmet(Transition transition, OnboardingFacts facts, LocalDate today) {
        List<UnmetRequirement> unmet = new ArrayList<>();
        Set<VolunteerStatus> from = ALLOWED_FROM.get(transition);
        if (!from.contains(facts.status())) {
            unmet.add(new UnmetRequirement("status", "A coach who is " + describe(facts.status()) + " cannot "
                    + transition.verb() + "; that needs a coach who is " + describeAll(from) + "."));
        }
        switch (transition) {
            case COMPLETE_TRAINING -> training(facts, unmet);
            case ACTIVATE -> {
                training(facts, unmet);
                dbs(facts, today, unmet);
            }
            case RESUME -> dbs(facts, today, unmet);
            default -> {
                // no further requirements
            }
        }
        return unmet;
    }

    public static boolean allowed(Transition transition, OnboardingFacts facts, LocalDate today) {
        return unmet(transition, facts, today).isEmpty();
    }

    private static void training(OnboardingFacts facts, List<UnmetRequirement> unmet) {
        if (facts.trainingModulesCompletedOn() == null) {
            unmet.add(new UnmetRequirement("training.modules",
                    "The self-paced training modules have not been recorded as complete."));
        }
        if (facts.practiceSessions() < 1) {
            unmet.add(new UnmetRequirement("training.practiceSessions",
                    "No live practice session has been recorded; at least one is needed."));
        }
    }

    private static void dbs(OnboardingFacts facts, LocalDate today, List<UnmetRequirement> unmet) {
        if (facts.dbsIssuedOn() == null || facts.dbsRenewalDue() == null) {
            unmet.add(new UnmetRequirement("dbs",
                    "No DBS check has been recorded; record its issue date and renewal date."));
        } else if (!facts.dbsRenewalDue().isAfter(today)) {
            unmet.add(new UnmetRequirement("dbs", "The DBS check was due for renewal on " + facts.dbsRenewalDue()
                    + "; record the renewed check first."));
        }
    }

    static String describe(VolunteerStatus status) {
        return switch (status) {
            case APPLICANT -> "an applicant";
            case IN_TRAINING -> "in training";
            case READY -> "ready (training complete)";
            case ACTIVE -> "active";
            case PAUSED -> "paused";
            case LEFT -> "recorded as left";
        };
    }

    private static String describeAll(Set<VolunteerStatus> statuses) {
        List<String> names = statuses.stream().sorted().map(LifecycleRules::describe).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
