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
 * A person's plan through the taper: started from a confirmed match, one stage's calls booked at a
 * time, moved on when the stage's calls are done (recorded, or missed once their time has passed),
 * moved to a new coach on a re-match, held, ended. Every stage change is published with the change.
 */
@ApplicationScoped
public class PlanService {

    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final AlertRepository alerts;
    private final StageExtensionRepository extensions;
    private final Outbox outbox;
    private final TaperTemplate template;
    private final CallSlotter slotter;
    private final Duration callLength;
    private final Duration firstCallNotice;
    private final Clock clock;

    public PlanService(CallPlanRepository plans, CallRepository calls, AlertRepository alerts,
            StageExtensionRepository extensions, Outbox outbox, ScheduleConfig config, Clock clock) {
        this.plans = plans;
        this.calls = calls;
        this.alerts = alerts;
        this.extensions = extensions;
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

    /** A new person with a coach: the plan, the first stage's calls, and stage-changed from null. */
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
        bookStage(plan, first, first.calls(), 1, notBefore);
        publishStage(plan, null);
        return plan;
    }

    /**
     * A re-match: the person keeps plan, stage and history; their future calls move to the new coach,
     * re-slotted into the new coach's windows. Published as a start with the new coach (fromStage null).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan moveToNewCoach(CallPlan plan, ConfirmedMatch match) {
        plan.matchId = match.matchId();
        plan.coachId = match.coachId();
        plan.personFirstName = match.personFirstName();
        plan.personPhone = match.personPhone();
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
        if (future.isEmpty()) {
            plan.status = PlanStatus.ACTIVE;
            publishStage(plan, null);
            advanceIfDue(plan);
            return plan;
        }
        TaperTemplate.Stage stage = template.stage(plan.stageIndex);
        Optional<List<Instant>> starts = slotter.slot(plan.personWindowList(), plan.coachWindowList(), notBefore,
                stage.intervalWeeks(), future.size(), busyOf(plan.coachId, notBefore));
        Instant now = clock.instant();
        if (starts.isEmpty()) {
            future.forEach(c -> {
                c.status = CallStatus.HELD;
                c.coachId = plan.coachId;
                c.updatedAt = now;
            });
            needsSlot(plan);
        } else {
            for (int i = 0; i < future.size(); i++) {
                ScheduledCall call = future.get(i);
                call.coachId = plan.coachId;
                call.startsAt = starts.get().get(i);
                call.endsAt = call.startsAt.plus(callLength);
                call.status = CallStatus.SCHEDULED;
                call.reminderSentAt = null;
                call.updatedAt = now;
            }
            plan.status = PlanStatus.ACTIVE;
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
     * Moves the plan on once every call of its stage is done: books the next stage's calls and
     * publishes the change, or graduates the person after the last stage. Returns whether it moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advanceIfDue(CallPlan plan) {
        if (plan.status != PlanStatus.ACTIVE) {
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
        TaperTemplate.Stage stage = template.stage(plan.stageIndex + 1);
        plan.stageIndex++;
        plan.stage = stage.name();
        plan.stageCalls = stage.calls();
        int lastNumber = history.stream().mapToInt(c -> c.callNumber).max().orElse(0);
        Instant lastStart = history.stream().map(c -> c.startsAt).max(Comparator.naturalOrder()).orElse(clock.instant());
        Instant notBefore = latest(StageRule.nextStageNotBefore(lastStart, stage), clock.instant().plus(firstCallNotice));
        bookStage(plan, stage, stage.calls(), lastNumber + 1, notBefore);
        publishStage(plan, from);
        return true;
    }

    /** A coordinator adds calls to the person's current stage, with a reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CallPlan extendStage(CallPlan plan, int extraCalls, String reason, String by) {
        if (plan.status != PlanStatus.ACTIVE) {
            throw new PlanRuleException("Only a plan with calls booked can be extended; this one is "
                    + plan.status.name().toLowerCase().replace('_', ' ') + ".");
        }
        TaperTemplate.Stage stage = template.stage(plan.stageIndex);
        List<ScheduledCall> history = calls.ofPlan(plan.id);
        int lastNumber = history.stream().mapToInt(c -> c.callNumber).max().orElse(0);
        Instant lastStart = history.stream().map(c -> c.startsAt).max(Comparator.naturalOrder()).orElse(clock.instant());
        Instant notBefore = latest(lastStart.plus(Duration.ofDays(7L * stage.intervalWeeks())),
                clock.instant().plus(firstCallNotice));
        Optional<List<Instant>> starts = slotter.slot(plan.personWindowList(), plan.coachWindowList(), notBefore,
                stage.intervalWeeks(), extraCalls, busyOf(plan.coachId, notBefore));
        if (starts.isEmpty()) {
            throw new PlanRuleException("No time fits both the coach's and the person's call windows for "
                    + extraCalls + " more calls.");
        }
        book(plan, stage.name(), starts.get(), lastNumber + 1);
        plan.stageCalls += extraCalls;
        plan.extendedCalls += extraCalls;
        plan.totalCalls += extraCalls;
        extensions.record(plan, extraCalls, reason, clock.instant(), by);
        return plan;
    }

    private void bookStage(CallPlan plan, TaperTemplate.Stage stage, int count, int firstNumber, Instant notBefore) {
        Optional<List<Instant>> starts = slotter.slot(plan.personWindowList(), plan.coachWindowList(), notBefore,
                stage.intervalWeeks(), count, busyOf(plan.coachId, notBefore));
        if (starts.isEmpty()) {
            needsSlot(plan);
            return;
        }
        book(plan, stage.name(), starts.get(), firstNumber);
    }

    private void needsSlot(CallPlan plan) {
        plan.status = PlanStatus.NEEDS_SLOT;
        alerts.raise(AlertKind.NO_COMMON_SLOT, null, plan.id, null, plan.referralId, plan.coachId,
                "No time fits both the coach's and the person's call windows for the " + plan.stage
                        + " calls.");
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
