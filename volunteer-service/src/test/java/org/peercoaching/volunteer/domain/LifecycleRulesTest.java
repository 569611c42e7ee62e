package org.peercoaching.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static OnboardingFacts facts(VolunteerStatus status) {
        return new OnboardingFacts(status, TODAY.minusDays(20), 1, TODAY.minusMonths(2), TODAY.plusYears(3));
    }

    static List<String> unmet(Transition t, OnboardingFacts f) {
        return LifecycleRules.unmet(t, f, TODAY).stream().map(UnmetRequirement::requirement).toList();
    }

    @Test
    void theHappyPathRunsApplicantToActiveToPausedToActiveToLeft() {
        assertEquals(List.of(), unmet(Transition.START_TRAINING, facts(VolunteerStatus.APPLICANT)));
        assertEquals(List.of(), unmet(Transition.COMPLETE_TRAINING, facts(VolunteerStatus.IN_TRAINING)));
        assertEquals(List.of(), unmet(Transition.ACTIVATE, facts(VolunteerStatus.READY)));
        assertEquals(List.of(), unmet(Transition.PAUSE, facts(VolunteerStatus.ACTIVE)));
        assertEquals(List.of(), unmet(Transition.RESUME, facts(VolunteerStatus.PAUSED)));
        assertEquals(List.of(), unmet(Transition.LEAVE, facts(VolunteerStatus.ACTIVE)));
    }

    @Test
    void activationWithNothingRecordedListsEveryUnmetRequirement() {
        OnboardingFacts nothing = new OnboardingFacts(VolunteerStatus.APPLICANT, null, 0, null, null);
        assertEquals(List.of("status", "training.modules", "training.practiceSessions", "dbs"),
                unmet(Transition.ACTIVATE, nothing));
    }

    @Test
    void aReadyCoachWithoutAPracticeSessionOrDbsIsNotActivated() {
        OnboardingFacts f = new OnboardingFacts(VolunteerStatus.READY, TODAY, 0, null, null);
        assertEquals(List.of("training.practiceSessions", "dbs"), unmet(Transition.ACTIVATE, f));
    }

    @Test
    void aDbsCheckDueForRenewalTodayOrEarlierBlocksActivationAndResumption() {
        OnboardingFacts expired = new OnboardingFacts(VolunteerStatus.READY, TODAY, 1, TODAY.minusYears(3), TODAY);
        assertEquals(List.of("dbs"), unmet(Transition.ACTIVATE, expired));
        OnboardingFacts paused = new OnboardingFacts(VolunteerStatus.PAUSED, TODAY, 1, TODAY.minusYears(3),
                TODAY.minusDays(1));
        assertEquals(List.of("dbs"), unmet(Transition.RESUME, paused));
        assertTrue(LifecycleRules.unmet(Transition.RESUME, paused, TODAY).get(0).message().contains("renewal"));
    }

    @Test
    void trainingIsCompleteOnlyWithTheModulesAndALivePracticeSession() {
        assertEquals(List.of("training.modules"),
                unmet(Transition.COMPLETE_TRAINING, new OnboardingFacts(VolunteerStatus.IN_TRAINING, null, 2, null, null)));
        assertEquals(List.of("training.practiceSessions"),
                unmet(Transition.COMPLETE_TRAINING, new OnboardingFacts(VolunteerStatus.IN_TRAINING, TODAY, 0, null, null)));
    }

    @Test
    void aCoachWhoHasLeftCanDoNothingMore() {
        for (Transition t : Transition.values()) {
            assertTrue(unmet(t, facts(VolunteerStatus.LEFT)).contains("status"), t.name());
        }
    }

    @Test
    void theStatusMessageSaysWhatIsNeededInPlainEnglish() {
        String message = LifecycleRules.unmet(Transition.ACTIVATE, facts(VolunteerStatus.APPLICANT), TODAY).get(0).message();
        assertEquals("A coach who is an applicant cannot activate; that needs a coach who is ready (training complete).",
                message);
    }

    /** Property: from any status, only the transitions of the documented graph are allowed, whatever else is recorded. */
    @Test
    void onlyTheDocumentedGraphIsEverAllowed() {
        Random random = new Random(3L);
        for (int i = 0; i < 2000; i++) {
            VolunteerStatus status = VolunteerStatus.values()[random.nextInt(VolunteerStatus.values().length)];
            OnboardingFacts f = new OnboardingFacts(status,
                    random.nextBoolean() ? TODAY.minusDays(random.nextInt(100)) : null, random.nextInt(3),
                    random.nextBoolean() ? TODAY.minusDays(random.nextInt(1000)) : null,
                    random.nextBoolean() ? TODAY.plusDays(random.nextInt(2000) - 1000) : null);
            for (Transition t : Transition.values()) {
                boolean allowed = LifecycleRules.allowed(t, f, TODAY);
                if (allowed) {
                    assertTrue(expectedFrom(t).contains(status), t + " from " + status);
                }
                if (t == Transition.ACTIVATE && allowed) {
                    assertTrue(f.trainingModulesCompletedOn() != null && f.practiceSessions() > 0
                            && f.dbsRenewalDue() != null && f.dbsRenewalDue().isAfter(TODAY) && f.dbsIssuedOn() != null);
                }
            }
        }
    }

    static EnumSet<VolunteerStatus> expectedFrom(Transition t) {
        return switch (t) {
            case START_TRAINING -> EnumSet.of(VolunteerStatus.APPLICANT);
            case COMPLETE_TRAINING -> EnumSet.of(VolunteerStatus.IN_TRAINING);
            case ACTIVATE -> EnumSet.of(VolunteerStatus.READY);
            case PAUSE -> EnumSet.of(VolunteerStatus.ACTIVE);
            case RESUME -> EnumSet.of(VolunteerStatus.PAUSED);
            case LEAVE -> EnumSet.complementOf(EnumSet.of(VolunteerStatus.LEFT));
        };
    }
}
