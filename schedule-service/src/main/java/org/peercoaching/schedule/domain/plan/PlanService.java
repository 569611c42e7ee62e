package org.peercoaching.schedule.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.StageChangedV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.programme.TaperTemplate;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.alert.AlertKind;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;

/**
 * A person's plan through the taper: started from a confirmed match with one steady call slot, one stage's
 * calls booked at a time, moved on when the stage's planned time has passed and its calls are done
 * (recorded, or missed once their time has passed) or a coordinator ends it early,
 * moved to a new coach on a re-match, held, ended. Every stage change is published with the change.
 */
@ApplicationScoped
public class PlanService {

    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final AlertRepository alerts;
    private final StageExtensionRepository extensions;
    private final StageEarlyEndRepository earlyEnds;
    private final Outbox outbox;
    private final ShortPauses shortPauses;
    private final TaperTemplate template;
    private final CallSlotter slotter;
    private final Duration callLength;
    private final Duration firstCallNotice;
    private final Clock clock;

    public PlanService(CallPlanRepository plans, CallRepository calls, AlertRepository alerts,
            StageExtensionRepository extensions, StageEarlyEndRepository earlyEnds, Outbox outbox, ShortPauses shortPauses,
            ScheduleConfig config, Clock clock) {
        this.shortPauses = shortPauses;
        this.plans = plans;
        this.calls = calls;
        this.alerts = alerts;
        this.extensions = extensions;
        this.earlyEnds = earlyEnds;
        this.outbox = outbox;
        this.clock = clock;
        this.template = templateOf(config);
        this.callLength = Duration.ofMinutes(config.callMinutes());
        this.firstCallNotice = config.firstCallNotice();
        this.slotter = new CallSlotter(callLength);
    }

    public static TaperTemplate templateOf(ScheduleConfig config) {
        return new TaperTemplate(config.stages().stream()
                .map(s -> new TaperTemplate.Stage(s.name(), s.intervalWeeks(), s.calls()))
                .toList());
    }

    public TaperTemplate template() {
        return template;
    }

    public CallSlotter slotter() {
        return slotter;
    }

    /**
     * A new person with a coach: the plan, its steady call slot (one weekday and London time for the whole
     * plan), the first stage's calls, and stage-changed from null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan start(ConfirmedMatch match) {
        TaperTemplate.Stage first = template.first();
        CallPlan plan = new CallPlan();
        plan.id = UUID.randomUUID();
        plan.matchId = match.matchId();
        plan.referralId = match.referralId();
        plan.coachId = match.coachId();
        plan.personFirstName = match.personFirstName();
        plan.personPhone = match.personPhone();
        plan.keepPerson(match);
        plan.personWindows = CallSlotter.Window.formatAll(match.personWindows());
        plan.coachWindows = CallSlotter.Window.formatAll(match.coachWindows());
        plan.stage = first.name();
        plan.stageIndex = 0;
        plan.stageCalls = first.calls();
        plan.totalCalls = template.totalCalls();
        plan.createdAt = clock.instant();
        plan.status = PlanStatus.ACTIVE;
        plans.persist(plan);
        Instant notBefore = latest(match.confirmedAt(), clock.instant()).plus(firstCallNotice);
        Optional<CallSlotter.Slot> slot = chooseSteadySlot(plan, notBefore, first.calls());
        if (slot.isEmpty()) {
            needsSlot(plan);
        } else {
            plan.keep(slot.get());
            bookStage(plan, first, first.calls(), 1, slot.get().firstFrom(notBefore), notBefore);
        }
        publishStage(plan, null);
        return plan;
    }

    /**
     * A re-match: the person keeps plan, stage and history; a steady slot is chosen again for the new coach
     * and their future calls move to it, the stage's interval apart. Published as a start with the new coach
     * (fromStage null).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan moveToNewCoach(CallPlan plan, ConfirmedMatch match) {
        plan.matchId = match.matchId();
        plan.coachId = match.coachId();
        plan.personFirstName = match.personFirstName();
        plan.personPhone = match.personPhone();
        plan.keepPerson(match);
        plan.personWindows = CallSlotter.Window.formatAll(match.personWindows());
        plan.coachWindows = CallSlotter.Window.formatAll(match.coachWindows());
        Instant notBefore = latest(match.confirmedAt(), clock.instant()).plus(firstCallNotice);
        List<ScheduledCall> future = calls.ofPlan(plan.id).stream()
                .filter(c -> c.status.isOpen())
                .sorted(Comparator.comparing((ScheduledCall c) -> c.callNumber).thenComparing(c -> c.attempt))
                .toList();
        if (CallPlan.GRADUATED.equals(plan.stage) || plan.status.isOver()) {
            return plan;
        }
        TaperTemplate.Stage stage = template.stage(plan.stageIndex);
        Optional<CallSlotter.Slot> slot = chooseSteadySlot(plan, notBefore, future.size());
        slot.ifPresent(plan::keep);
        if (future.isEmpty()) {
            plan.status = PlanStatus.ACTIVE;
            publishStage(plan, null);
            advanceIfDue(plan);
            return plan;
        }
        Instant now = clock.instant();
        if (slot.isEmpty()) {
            future.forEach(c -> {
                c.status = CallStatus.HELD;
                c.coachId = plan.coachId;
                c.updatedAt = now;
            });
            needsSlot(plan);
        } else {
            List<Instant> starts = CallSlotter.plannedStarts(slot.get(), notBefore,
                    List.of(new CallSlotter.Run(future.size(), stage.intervalWeeks())));
            for (int i = 0; i < future.size(); i++) {
                ScheduledCall call = future.get(i);
                call.coachId = plan.coachId;
                call.startsAt = starts.get(i);
                call.endsAt = call.startsAt.plus(callLength);
                call.status = CallStatus.SCHEDULED;
                call.reminderSentAt = null;
                call.updatedAt = now;
            }
            plan.stageEndsAt = starts.get(starts.size() - 1);
            plan.status = PlanStatus.ACTIVE;
            shortPauses.applyTo(plan);
        }
        publishStage(plan, null);
        return plan;
    }

    /** The coach paused or left: future calls are kept for the re-match, off the old coach's list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(CallPlan plan) {
        if (plan.status.isOver()) {
            return;
        }
        Instant now = clock.instant();
        calls.ofPlan(plan.id).stream().filter(c -> c.status == CallStatus.SCHEDULED).forEach(c -> {
            c.status = CallStatus.HELD;
            c.updatedAt = now;
        });
        plan.status = PlanStatus.AWAITING_COACH;
    }

    /** The person withdrew, asked to stop, or the match ended otherwise: future calls cancelled, kept as such. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(CallPlan plan, boolean graduated) {
        Instant now = clock.instant();
        calls.ofPlan(plan.id).stream().filter(c -> c.status.isOpen()).forEach(c -> {
            c.status = CallStatus.CANCELLED;
            c.updatedAt = now;
        });
        if (!plan.status.isOver()) {
            plan.status = graduated ? PlanStatus.AWAITING_FOLLOW_UP : PlanStatus.ENDED;
            if (graduated && !CallPlan.GRADUATED.equals(plan.stage)) {
                String from = plan.stage;
                plan.stage = CallPlan.GRADUATED;
                publishStage(plan, from);
            }
        }
    }

    /**
     * Moves the plan on once its stage is over: its planned time has passed (its last planned call's time)
     * and none of its calls is still to happen. Books the next stage's calls at the steady slot (the first one
     * the next stage's interval after the last planned call) and publishes the change, or graduates the
     * person after the last stage. Cancelled calls never end a stage. Returns whether it moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advanceIfDue(CallPlan plan) {
        if (plan.status != PlanStatus.ACTIVE) {
            return false;
        }
        Instant now = clock.instant();
        if (!StageRule.plannedTimeHasPassed(plan.stageEndsAt, now)) {
            return false;
        }
        Optional<String> next = StageRule.nextStage(template, plan.stageIndex, calls.openCount(plan.id));
        if (next.isEmpty()) {
            return false;
        }
        String from = plan.stage;
        if (CallPlan.GRADUATED.equals(next.get())) {
            plan.stage = CallPlan.GRADUATED;
            plan.status = PlanStatus.AWAITING_FOLLOW_UP;
            publishStage(plan, from);
            return true;
        }
        List<ScheduledCall> history = calls.ofPlan(plan.id);
        CallSlotter.Slot slot = steadySlotOf(plan, history);
        Instant stageEnded = plan.stageEndsAt != null ? plan.stageEndsAt : lastStart(history);
        TaperTemplate.Stage stage = template.stage(plan.stageIndex + 1);
        plan.stageIndex++;
        plan.stage = stage.name();
        plan.stageCalls = stage.calls();
        int lastNumber = history.stream().mapToInt(c -> c.callNumber).max().orElse(0);
        Instant notBefore = now.plus(firstCallNotice);
        bookStage(plan, stage, stage.calls(), lastNumber + 1,
                StageRule.nextStageFirstCall(slot, stageEnded, stage, notBefore), notBefore);
        // a coach on a short pause: the new stage's calls that fall in it move or are skipped like the others
        shortPauses.applyTo(plan);
        publishStage(plan, from);
        return true;
    }

    /**
     * A coordinator's recorded decision to end the current stage before its planned time: its calls still to
     * happen are closed (kept as cancelled) and the plan moves on to the next stage at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan endStageEarly(CallPlan plan, String reason, String by) {
        if (plan.status != PlanStatus.ACTIVE) {
            throw new PlanRuleException("Only a plan with calls booked can end its stage early; this one is "
                    + plan.status.name().toLowerCase().replace('_', ' ') + ".");
        }
        Instant now = clock.instant();
        List<ScheduledCall> open = calls.ofPlan(plan.id).stream().filter(c -> c.status == CallStatus.SCHEDULED).toList();
        for (ScheduledCall call : open) {
            call.status = CallStatus.CANCELLED;
            call.recordedAt = now;
            call.recordedBy = by;
            call.updatedAt = now;
        }
        StageEarlyEnd decision = new StageEarlyEnd();
        decision.id = UUID.randomUUID();
        decision.planId = plan.id;
        decision.stage = plan.stage;
        decision.reason = reason;
        decision.callsClosed = open.size();
        decision.decidedBy = by;
        decision.decidedAt = now;
        earlyEnds.persist(decision);
        plan.stageEndsAt = now;
        calls.flush();
        advanceIfDue(plan);
        return plan;
    }

    /** A coordinator adds calls to the person's current stage, with a reason: at the steady slot, after its last. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan extendStage(CallPlan plan, int extraCalls, String reason, String by) {
        if (plan.status != PlanStatus.ACTIVE) {
            throw new PlanRuleException("Only a plan with calls booked can be extended; this one is "
                    + plan.status.name().toLowerCase().replace('_', ' ') + ".");
        }
        TaperTemplate.Stage stage = template.stage(plan.stageIndex);
        List<ScheduledCall> history = calls.ofPlan(plan.id);
        int lastNumber = history.stream().mapToInt(c -> c.callNumber).max().orElse(0);
        CallSlotter.Slot slot = steadySlotOf(plan, history);
        Instant stageEnds = plan.stageEndsAt != null ? plan.stageEndsAt : lastStart(history);
        Instant notBefore = clock.instant().plus(firstCallNotice);
        Optional<List<Instant>> starts = place(plan, StageRule.nextStageFirstCall(slot, stageEnds, stage, notBefore),
                stage.intervalWeeks(), extraCalls, notBefore);
        if (starts.isEmpty()) {
            throw new PlanRuleException("No time fits both the coach's and the person's call windows for "
                    + extraCalls + " more calls.");
        }
        book(plan, stage.name(), starts.get(), lastNumber + 1);
        plan.stageCalls += extraCalls;
        plan.extendedCalls += extraCalls;
        plan.totalCalls += extraCalls;
        extensions.record(plan, extraCalls, reason, clock.instant(), by);
        shortPauses.applyTo(plan);
        return plan;
    }

    private void bookStage(CallPlan plan, TaperTemplate.Stage stage, int count, int firstNumber, Instant firstPlanned,
            Instant notBefore) {
        Optional<List<Instant>> starts = place(plan, firstPlanned, stage.intervalWeeks(), count, notBefore);
        if (starts.isEmpty()) {
            needsSlot(plan);
            return;
        }
        book(plan, stage.name(), starts.get(), firstNumber);
    }

    /**
     * The starts of a run of calls at the steady slot, the interval apart; a call that would clash with another
     * of the coach's calls moves to the nearest free time that week. Empty if one has no free time that week.
     */
    private Optional<List<Instant>> place(CallPlan plan, Instant firstPlanned, int intervalWeeks, int count,
            Instant notBefore) {
        List<CallSlotter.Busy> busy = new ArrayList<>(busyOf(plan.coachId, notBefore));
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant planned = CallSlotter.Slot.weeksLater(firstPlanned, (long) i * intervalWeeks);
            Optional<Instant> start = slotter.placeInWeek(planned, plan.personWindowList(), plan.coachWindowList(),
                    notBefore, busy);
            if (start.isEmpty()) {
                return Optional.empty();
            }
            starts.add(start.get());
            busy.add(new CallSlotter.Busy(start.get(), start.get().plus(callLength)));
        }
        return Optional.of(starts);
    }

    private Optional<CallSlotter.Slot> chooseSteadySlot(CallPlan plan, Instant notBefore, int callsLeftInStage) {
        List<CallSlotter.Run> runs = new ArrayList<>();
        if (callsLeftInStage > 0) {
            runs.add(new CallSlotter.Run(callsLeftInStage, template.stage(plan.stageIndex).intervalWeeks()));
        }
        for (int i = plan.stageIndex + 1; i < template.stages().size(); i++) {
            runs.add(new CallSlotter.Run(template.stage(i).calls(), template.stage(i).intervalWeeks()));
        }
        if (runs.isEmpty()) {
            runs.add(new CallSlotter.Run(1, 1));
        }
        List<CallSlotter.Slot> keptByOthers = plans.currentForCoach(plan.coachId).stream()
                .filter(other -> !other.id.equals(plan.id) && other.status == PlanStatus.ACTIVE)
                .map(CallPlan::steadySlot).filter(java.util.Objects::nonNull).toList();
        return slotter.chooseSteadySlot(plan.personWindowList(), plan.coachWindowList(), notBefore, runs,
                busyOf(plan.coachId, notBefore), keptByOthers);
    }

    /** The plan's steady slot; a plan from before steady slots keeps the day and time of its first booked call. */
    private CallSlotter.Slot steadySlotOf(CallPlan plan, List<ScheduledCall> history) {
        if (plan.steadySlot() == null) {
            java.time.ZonedDateTime first = history.stream().filter(c -> c.attempt == 1).map(c -> c.startsAt)
                    .min(Comparator.naturalOrder()).orElse(clock.instant()).atZone(CallSlotter.LONDON);
            plan.keep(new CallSlotter.Slot(first.getDayOfWeek(), first.toLocalTime()));
        }
        return plan.steadySlot();
    }

    private Instant lastStart(List<ScheduledCall> history) {
        return history.stream().map(c -> c.startsAt).max(Comparator.naturalOrder()).orElse(clock.instant());
    }

    private void needsSlot(CallPlan plan) {
        plan.status = PlanStatus.NEEDS_SLOT;
        alerts.raise(AlertKind.NO_COMMON_SLOT, null, plan.id, null, plan.referralId, plan.coachId,
                "No time fits both the coach's and " + plan.personFirstName + "'s call times for the "
                        + plan.stage.toLowerCase(java.util.Locale.UK).replace('_', ' ') + " calls.");
    }

    private List<CallSlotter.Busy> busyOf(UUID coachId, Instant from) {
        return calls.scheduledForCoachFrom(coachId, from).stream()
                .map(c -> new CallSlotter.Busy(c.startsAt, c.endsAt))
                .toList();
    }

    private void book(CallPlan plan, String stage, List<Instant> starts, int firstNumber) {
        Instant now = clock.instant();
        List<ScheduledCall> booked = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            ScheduledCall call = new ScheduledCall();
            call.id = UUID.randomUUID();
            call.planId = plan.id;
            call.coachId = plan.coachId;
            call.callNumber = firstNumber + i;
            call.stage = stage;
            call.startsAt = starts.get(i);
            call.endsAt = starts.get(i).plus(callLength);
            call.status = CallStatus.SCHEDULED;
            call.updatedAt = now;
            booked.add(call);
        }
        calls.persist(booked);
        Instant last = starts.get(starts.size() - 1);
        plan.stageEndsAt = plan.stageEndsAt == null || last.isAfter(plan.stageEndsAt) ? last : plan.stageEndsAt;
    }

    /** A retry or a moved call: the same call number, the next attempt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduledCall bookAttempt(ScheduledCall previous, Instant start) {
        ScheduledCall call = new ScheduledCall();
        call.id = UUID.randomUUID();
        call.planId = previous.planId;
        call.coachId = previous.coachId;
        call.callNumber = previous.callNumber;
        call.attempt = calls.ofPlan(previous.planId).stream().filter(c -> c.callNumber == previous.callNumber)
                .mapToInt(c -> c.attempt).max().orElse(previous.attempt) + 1;
        call.stage = previous.stage;
        call.startsAt = start;
        call.endsAt = start.plus(callLength);
        call.status = CallStatus.SCHEDULED;
        call.updatedAt = clock.instant();
        calls.persist(call);
        return call;
    }

    /** The coach's other booked calls, as the slotter sees them. */
    public List<CallSlotter.Busy> busyExcept(UUID coachId, UUID callId, Instant from) {
        return calls.scheduledForCoachFrom(coachId, from).stream().filter(c -> !c.id.equals(callId))
                .map(c -> new CallSlotter.Busy(c.startsAt, c.endsAt)).toList();
    }

    private void publishStage(CallPlan plan, String fromStage) {
        outbox.publish(EventTypes.STAGE_CHANGED, plan.id, new StageChangedV1(plan.id, plan.matchId, plan.referralId,
                plan.coachId, fromStage, plan.stage, clock.instant()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
