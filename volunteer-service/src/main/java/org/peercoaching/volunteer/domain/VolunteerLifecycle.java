package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.time.London;

/** Onboarding records and the status transitions, each checked by {@link LifecycleRules} and announced by an event. */
@ApplicationScoped
public class VolunteerLifecycle {

    public static final String TRANSITION_REFUSED = ProblemTypes.BASE + "transition-refused";
    public static final String VOLUNTEER_LEFT = ProblemTypes.BASE + "volunteer-left";

    private final VolunteerRepository volunteers;
    private final PracticeSessionRepository practiceSessions;
    private final VolunteerEventPublisher events;
    private final SafeguardingHolds holds;
    private final Clock clock;

    public VolunteerLifecycle(VolunteerRepository volunteers, PracticeSessionRepository practiceSessions,
            VolunteerEventPublisher events, SafeguardingHolds holds, Clock clock) {
        this.volunteers = volunteers;
        this.practiceSessions = practiceSessions;
        this.events = events;
        this.holds = holds;
        this.clock = clock;
    }

    @Transactional
    public Volunteer recordTrainingModulesCompleted(UUID id, LocalDate completedOn) {
        Volunteer v = onRecord(id);
        v.trainingModulesCompletedOn = completedOn;
        return v;
    }

    @Transactional
    public PracticeSession recordPracticeSession(UUID id, LocalDate heldOn, String facilitator) {
        onRecord(id);
        PracticeSession session = new PracticeSession();
        session.id = UUID.randomUUID();
        session.volunteerId = id;
        session.heldOn = heldOn;
        session.facilitator = facilitator.strip();
        session.recordedAt = clock.instant();
        practiceSessions.persist(session);
        return session;
    }

    /**
     * Records the coach's DBS check. A new renewal date lifts a DBS hold at once (or starts one, if the date has
     * passed): the coach is published whenever what matching sees changes.
     */
    @Transactional
    public Volunteer recordDbsCheck(UUID id, LocalDate issuedOn, LocalDate renewalDue, String certificateNumber) {
        Volunteer v = onRecord(id);
        Object before = events.snapshotOf(v);
        v.dbsIssuedOn = issuedOn;
        v.dbsRenewalDue = renewalDue;
        v.dbsCertificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
        holds.refresh(v);
        if (!java.util.Objects.equals(before, events.snapshotOf(v))) {
            events.updated(v);
        }
        return v;
    }

    @Transactional
    public Volunteer startTraining(UUID id) {
        Volunteer v = move(id, Transition.START_TRAINING);
        events.updated(v);
        return v;
    }

    @Transactional
    public Volunteer completeTraining(UUID id) {
        Volunteer v = move(id, Transition.COMPLETE_TRAINING);
        events.updated(v);
        return v;
    }

    @Transactional
    public Volunteer activate(UUID id) {
        Volunteer v = move(id, Transition.ACTIVATE);
        events.activated(v);
        return v;
    }

    /** A long pause (their people are re-matched), as before short pauses existed. */
    @Transactional
    public Volunteer pause(UUID id, String reason, LocalDate until) {
        return pause(id, reason, until, PauseKind.LONG);
    }

    /**
     * Active -> paused. A SHORT pause needs its end date, no more than {@link PauseKind#MAX_SHORT_DAYS} days from
     * today (London): the coach keeps their people. A LONG pause re-matches them.
     */
    @Transactional
    public Volunteer pause(UUID id, String reason, LocalDate until, PauseKind kind) {
        PauseKind chosen = kind == null ? PauseKind.LONG : kind;
        if (chosen == PauseKind.SHORT) {
            LocalDate today = LocalDate.now(clock.withZone(London.ZONE));
            LocalDate latest = today.plusDays(PauseKind.MAX_SHORT_DAYS);
            if (until == null) {
                throw ProblemException.invalidField("until",
                        "A short pause needs the date the coach will be back (up to 6 weeks from today)");
            }
            if (until.isAfter(latest)) {
                throw ProblemException.invalidField("until", "A short pause can last up to 6 weeks: choose a date on"
                        + " or before " + London.dateInWords(latest) + ", or make it a longer pause");
            }
        }
        Volunteer v = move(id, Transition.PAUSE);
        v.pausedReason = reason.strip();
        v.pausedUntil = until;
        v.pauseKind = chosen;
        events.paused(v);
        return v;
    }

    @Transactional
    public Volunteer resume(UUID id) {
        Volunteer v = move(id, Transition.RESUME);
        v.pausedReason = null;
        v.pausedUntil = null;
        v.pauseKind = null;
        events.resumed(v);
        return v;
    }

    @Transactional
    public Volunteer leave(UUID id, String reason) {
        Volunteer v = move(id, Transition.LEAVE);
        v.leftReason = reason == null || reason.isBlank() ? null : reason.strip();
        v.pausedUntil = null;
        v.pauseKind = null;
        events.left(v);
        return v;
    }

    public OnboardingFacts facts(Volunteer v) {
        return new OnboardingFacts(v.status, v.trainingModulesCompletedOn,
                (int) practiceSessions.count("volunteerId", v.id), v.dbsIssuedOn, v.dbsRenewalDue);
    }

    private Volunteer move(UUID id, Transition transition) {
        Volunteer v = volunteers.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
        List<UnmetRequirement> unmet = LifecycleRules.unmet(transition, facts(v), LocalDate.now(clock.withZone(London.ZONE)));
        if (!unmet.isEmpty()) {
            throw ProblemException.unprocessable(TRANSITION_REFUSED,
                    "Cannot " + transition.verb() + " this coach: " + String.join(" ",
                            unmet.stream().map(UnmetRequirement::message).toList()),
                    unmet.stream().map(u -> new Problem.FieldError(u.requirement(), u.message())).toList());
        }
        v.status = transition.target();
        v.statusChangedAt = clock.instant();
        if (transition == Transition.ACTIVATE) {
            v.activatedAt = v.statusChangedAt;
        }
        // every transition is published, with the holds as they stand in the new status
        holds.refresh(v);
        return v;
    }

    private Volunteer onRecord(UUID id) {
        Volunteer v = volunteers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
        if (v.status == VolunteerStatus.LEFT) {
            throw ProblemException.conflict(VOLUNTEER_LEFT,
                    "This coach has left the programme; their records can no longer be changed.");
        }
        return v;
    }
}
