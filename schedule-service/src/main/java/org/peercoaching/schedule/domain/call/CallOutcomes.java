package org.peercoaching.schedule.domain.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.CallRecordedV1;
import org.peercoaching.events.schedule.EscalationRaisedV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.alert.AlertKind;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.PlanRuleException;
import org.peercoaching.schedule.domain.plan.PlanService;

/** Recording what happened on a call (once), missed calls, retries, and escalations. */
@ApplicationScoped
public class CallOutcomes {

    public static final int MISSED_IN_A_ROW_ALERT = 3;
    /** A cancelled call is booked again at most until this attempt. */
    public static final int MAX_ATTEMPTS = 3;

    private final CallRepository calls;
    private final CallPlanRepository plans;
    private final AlertRepository alerts;
    private final PlanService planService;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration retryWithin;
    private final Duration recordAhead;

    public CallOutcomes(CallRepository calls, CallPlanRepository plans, AlertRepository alerts,
            PlanService planService, Outbox outbox, ScheduleConfig config, Clock clock) {
        this.calls = calls;
        this.plans = plans;
        this.alerts = alerts;
        this.planService = planService;
        this.outbox = outbox;
        this.clock = clock;
        this.retryWithin = Duration.ofDays(config.retryWithinDays());
        this.recordAhead = config.recordAhead();
    }

    private String ahead() {
        return recordAhead.equals(Duration.ofHours(1)) ? "an hour" : recordAhead.toString();
    }

    /** The recorded call, or the conflict if it was already recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(UUID callId, Outcome outcome, String by) {
        ScheduledCall call = calls.findByIdOptional(callId).orElseThrow(() -> new CallNotFoundException(callId));
        CallPlan plan = plans.lockForUpdate(call.planId);
        calls.getEntityManager().refresh(call);
        if (call.status != CallStatus.SCHEDULED) {
            throw new AlreadyRecordedException("This call was already recorded as "
                    + call.status.name().toLowerCase().replace('_', ' ') + ".");
        }
        Instant now = clock.instant();
        boolean happened = outcome.kind() == Outcome.Kind.COMPLETED || outcome.kind() == Outcome.Kind.NO_ANSWER;
        if (happened && call.startsAt.isAfter(now.plus(recordAhead))) {
            throw new PlanRuleException("A call can be recorded as " + outcome.kind().name().toLowerCase()
                    .replace('_', ' ') + " only from " + ahead() + " before its time.");
        }
        ScheduledCall next = null;
        switch (outcome.kind()) {
            case COMPLETED -> {
                call.status = CallStatus.COMPLETED;
                call.durationMinutes = outcome.durationMinutes();
                call.notes = outcome.notes();
                call.confidence = outcome.confidence();
                if (outcome.goals() != null) {
                    call.goalTopic = outcome.goals().topic();
                    call.goalGoal = outcome.goals().goal();
                    call.goalReality = outcome.goals().reality();
                    call.goalOptions = outcome.goals().options();
                    call.goalWayForward = outcome.goals().wayForward();
                }
            }
            case NO_ANSWER -> {
                call.status = CallStatus.NO_ANSWER;
                next = offerRetry(plan, call, now).orElse(null);
            }
            case RESCHEDULED -> {
                Instant to = outcome.rescheduleTo();
                if (!to.isAfter(now)) {
                    throw new PlanRuleException("A call can only be moved to a time in the future.");
                }
                if (!planService.slotter().fits(to, plan.personWindowList(), plan.coachWindowList(),
                        planService.busyExcept(call.coachId, call.id, now))) {
                    throw new PlanRuleException("That time is outside the person's or the coach's call windows, "
                            + "or overlaps another of the coach's calls.");
                }
                call.status = CallStatus.RESCHEDULED;
                next = planService.bookAttempt(call, to);
            }
            case CANCELLED -> {
                // A cancelled call is made up in the same stage if a time fits soon; otherwise it counts as missed.
                call.status = CallStatus.CANCELLED;
                next = rebook(plan, call, now).orElse(null);
                if (next == null) {
                    call.status = CallStatus.MISSED;
                }
            }
        }
        call.recordedAt = now;
        call.recordedBy = by;
        call.updatedAt = now;
        try {
            calls.flush();
        } catch (OptimisticLockException e) {
            throw new AlreadyRecordedException("This call was recorded by someone else at the same time.");
        }
        outbox.publish(EventTypes.CALL_RECORDED, plan.id, new CallRecordedV1(call.id, plan.id, plan.referralId,
                call.coachId, outcome.kind().name(), call.durationMinutes, call.startsAt, now));
        if (call.status.isMissed()) {
            alertIfMissedInARow(plan, call);
        }
        planService.advanceIfDue(plan);
        return new Recorded(call, next);
    }

    public record Recorded(ScheduledCall call, ScheduledCall next) {}

    /**
     * Marks one overdue call as missed. Safe with two replicas: the call's version decides who wins;
     * the loser's transaction rolls back. Returns false if the call was no longer scheduled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markMissed(UUID callId, Instant endedBefore) {
        ScheduledCall call = calls.findById(callId);
        if (call == null) {
            return false;
        }
        CallPlan plan = plans.lockForUpdate(call.planId);
        calls.getEntityManager().refresh(call);
        if (call.status != CallStatus.SCHEDULED || !call.endsAt.isBefore(endedBefore)) {
            return false;
        }
        call.status = CallStatus.MISSED;
        call.updatedAt = clock.instant();
        calls.flush();
        alertIfMissedInARow(plan, call);
        planService.advanceIfDue(plan);
        return true;
    }

    /** A retry within the configured days, in a time that fits both and the coach's other calls. */
    private Optional<ScheduledCall> offerRetry(CallPlan plan, ScheduledCall call, Instant now) {
        return bookNextAttempt(plan, call, now.plus(Duration.ofHours(2)), now.plus(retryWithin));
    }

    /** The call's next attempt at the first time from notBefore that fits both sides and the coach's other calls. */
    private Optional<ScheduledCall> bookNextAttempt(CallPlan plan, ScheduledCall call, Instant notBefore,
            Instant before) {
        return planService.slotter().slot(plan.personWindowList(), plan.coachWindowList(), notBefore, 1, 1,
                        planService.busyExcept(call.coachId, call.id, notBefore))
                .map(starts -> starts.get(0))
                .filter(start -> start.isBefore(before))
                .map(start -> planService.bookAttempt(call, start));
    }

    /**
     * A cancelled call booked again, same call number and stage, at the first time after it that
     * fits both sides and the coach's other calls within the retry window; none after the last attempt.
     */
    private Optional<ScheduledCall> rebook(CallPlan plan, ScheduledCall call, Instant now) {
        if (call.attempt >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return bookNextAttempt(plan, call, latest(now.plus(Duration.ofHours(2)), call.endsAt),
                latest(now, call.startsAt).plus(retryWithin));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void alertIfMissedInARow(CallPlan plan, ScheduledCall latest) {
        int inARow = MissedCallRule.missedInARow(calls.ofPlan(plan.id).stream().map(c -> c.status).toList());
        if (MissedCallRule.alertsAt(inARow)) {
            alerts.raise(AlertKind.MISSED_CALLS, null, plan.id, latest.id, plan.referralId, plan.coachId,
                    inARow + " calls in a row were not answered or not made.");
        }
    }

    /** A coach flags a safety concern: an open alert for the coordinator and the event, at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CoordinatorAlert escalate(UUID callId, String category, String detail, String by) {
        ScheduledCall call = calls.findByIdOptional(callId).orElseThrow(() -> new CallNotFoundException(callId));
        CallPlan plan = plans.findById(call.planId);
        CoordinatorAlert alert = alerts.raise(AlertKind.ESCALATION, category, plan.id, call.id, plan.referralId,
                call.coachId, detail);
        alert.raisedBy = by;
        outbox.publish(EventTypes.ESCALATION_RAISED, plan.id, new EscalationRaisedV1(alert.id, call.id,
                plan.referralId, call.coachId, category, alert.raisedAt));
        return alert;
    }

    public static class CallNotFoundException extends RuntimeException {
        public CallNotFoundException(UUID id) {
            super("Call " + id);
        }
    }

    public static class AlreadyRecordedException extends RuntimeException {
        public AlreadyRecordedException(String message) {
            super(message);
        }
    }
}
