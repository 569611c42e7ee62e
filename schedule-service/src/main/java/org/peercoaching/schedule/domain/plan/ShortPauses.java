package org.peercoaching.schedule.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peercoaching.kit.time.London;
import org.peercoaching.programme.TaperTemplate;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.alert.AlertKind;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.coach.CoachCoordinator;
import org.peercoaching.schedule.domain.coach.CoachCoordinatorRepository;

/**
 * A coach's short pause (holiday, illness; issue #18): they keep their people, and each booked call in the pause is
 * moved to the first free time after it or skipped ({@link ShortPauseRule}). Applied when the pause is announced and
 * again to any call booked into it later (a stage change, an extension); every change is kept for the coordinator
 * ({@link PauseChange}) and named in one alert. A moved call keeps its id, so the coach's link to it still works.
 */
@ApplicationScoped
public class ShortPauses {

    private final CoachCoordinatorRepository coaches;
    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final PauseChangeRepository changes;
    private final AlertRepository alerts;
    private final TaperTemplate template;
    private final ShortPauseRule rule;
    private final Duration callLength;
    private final Clock clock;

    public ShortPauses(CoachCoordinatorRepository coaches, CallPlanRepository plans, CallRepository calls,
            PauseChangeRepository changes, AlertRepository alerts, ScheduleConfig config, Clock clock) {
        this.coaches = coaches;
        this.plans = plans;
        this.calls = calls;
        this.changes = changes;
        this.alerts = alerts;
        this.template = PlanService.templateOf(config);
        this.callLength = Duration.ofMinutes(config.callMinutes());
        this.rule = new ShortPauseRule(new CallSlotter(callLength));
        this.clock = clock;
    }

    /** The coach starts (or changes) a short pause, back on {@code until}: their people's calls in it move or skip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PauseChange> start(UUID coachId, LocalDate until) {
        CoachCoordinator coach = coaches.findById(coachId);
        if (coach == null) {
            return List.of();
        }
        coach.shortPauseUntil = until;
        return apply(coachId, until, plans.currentForCoach(coachId));
    }

    /** The coach is no longer on a short pause (resumed, paused for longer, or left). Past changes stay as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID coachId) {
        CoachCoordinator coach = coaches.findById(coachId);
        if (coach != null && coach.shortPauseUntil != null) {
            coach.shortPauseUntil = null;
        }
    }

    /** The day the coach is back, while they are on a short pause that has not ended yet. */
    public java.util.Optional<LocalDate> pausedUntil(UUID coachId) {
        return coaches.findByIdOptional(coachId).map(c -> c.shortPauseUntil)
                .filter(until -> ShortPauseRule.backAt(until).isAfter(clock.instant()));
    }

    /** Calls just booked for this person (a new stage, an extension, a new coach) that fall in a short pause. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PauseChange> applyTo(CallPlan plan) {
        return pausedUntil(plan.coachId).map(until -> apply(plan.coachId, until, List.of(plan))).orElse(List.of());
    }

    private List<PauseChange> apply(UUID coachId, LocalDate until, List<CallPlan> candidates) {
        Instant now = clock.instant();
        if (!ShortPauseRule.backAt(until).isAfter(now)) {
            return List.of();
        }
        calls.flush();
        List<CallPlan> active = candidates.stream().filter(p -> p.status == PlanStatus.ACTIVE).toList();
        Set<UUID> planIds = active.stream().map(p -> p.id).collect(Collectors.toSet());
        Map<UUID, ScheduledCall> booked = calls.ofPlans(planIds).stream()
                .filter(c -> c.status == CallStatus.SCHEDULED)
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<ShortPauseRule.Person> people = active.stream().map(plan -> new ShortPauseRule.Person(plan.id,
                plan.personWindowList(), plan.coachWindowList(), booked.values().stream()
                        .filter(c -> c.planId.equals(plan.id))
                        .map(c -> new ShortPauseRule.BookedCall(c.id, c.startsAt, intervalOf(c.stage)))
                        .toList())).toList();
        List<CallSlotter.Busy> others = calls.scheduledForCoachFrom(coachId, now)
                .stream().filter(c -> !planIds.contains(c.planId))
                .map(c -> new CallSlotter.Busy(c.startsAt, c.endsAt)).toList();
        List<ShortPauseRule.Change> decided = rule.changes(now, until, people, others);
        if (decided.isEmpty()) {
            return List.of();
        }
        Map<UUID, CallPlan> byId = active.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<PauseChange> kept = new ArrayList<>();
        for (ShortPauseRule.Change change : decided) {
            ScheduledCall call = booked.get(change.callId());
            CallPlan plan = byId.get(change.planId());
            if (change.skipped()) {
                call.status = CallStatus.SKIPPED;
            } else {
                call.startsAt = change.to();
                call.endsAt = change.to().plus(callLength);
                call.reminderSentAt = null;
                if (plan.stageEndsAt != null && change.to().isAfter(plan.stageEndsAt)) {
                    plan.stageEndsAt = change.to();
                }
            }
            call.updatedAt = now;
            PauseChange row = new PauseChange();
            row.id = UUID.randomUUID();
            row.coachId = coachId;
            row.planId = plan.id;
            row.referralId = plan.referralId;
            row.personFirstName = plan.personFirstName;
            row.callId = call.id;
            row.callNumber = call.callNumber;
            row.pausedUntil = until;
            row.fromStartsAt = change.from();
            row.toStartsAt = change.to();
            row.changedAt = now;
            changes.persist(row);
            kept.add(row);
        }
        // the alert links to the plan only when one person is affected
        PauseChange onePerson = kept.stream().map(c -> c.planId).distinct().count() == 1 ? kept.get(0) : null;
        alerts.raise(AlertKind.CALLS_MOVED_OR_SKIPPED, null, onePerson == null ? null : onePerson.planId,
                null, onePerson == null ? null : onePerson.referralId, coachId, describe(until, kept));
        return kept;
    }

    /** "The coach is on a short pause until ...: Brian's call 5 on Tuesday 12 January, 6pm moves to ...; ..." */
    static String describe(LocalDate until, List<PauseChange> kept) {
        List<String> parts = kept.stream().sorted(Comparator.comparing((PauseChange c) -> c.personFirstName)
                        .thenComparing(c -> c.fromStartsAt))
                .map(c -> c.personFirstName + "'s call " + c.callNumber + " on " + CallTimeWords.of(c.fromStartsAt)
                        + (c.toStartsAt == null ? " is skipped (no time before their next call)"
                                : " moves to " + CallTimeWords.of(c.toStartsAt)))
                .toList();
        return "The coach is on a short pause until " + London.dateInWords(until) + ". " + String.join("; ", parts)
                + ". Skipped calls do not count as missed.";
    }

    private int intervalOf(String stage) {
        return template.stages().stream().filter(s -> s.name().equals(stage)).findFirst()
                .map(TaperTemplate.Stage::intervalWeeks).orElse(1);
    }
}
