package org.peercoaching.schedule.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.programme.CallWindows;
import org.peercoaching.programme.TaperTemplate;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.PlanService;

/** Puts a {@link CallDetail} together from the call, its plan and the programme's own limits. */
@ApplicationScoped
class CallDetails {

    private static final ConditionCatalogue CATALOGUE = ConditionCatalogue.standard();

    private final CallRepository calls;
    private final CallPlanRepository plans;
    private final PlanService planService;
    private final ScheduleConfig config;

    CallDetails(CallRepository calls, CallPlanRepository plans, PlanService planService, ScheduleConfig config) {
        this.calls = calls;
        this.plans = plans;
        this.planService = planService;
        this.config = config;
    }

    CallDetail of(ScheduledCall call) {
        CallPlan plan = plans.findById(call.planId);
        List<ScheduledCall> ofPlan = calls.ofPlan(plan.id);
        return new CallDetail(call.id, plan.id, plan.referralId, plan.personFirstName, plan.personPhone,
                call.startsAt, call.endsAt, CoachCallsResource.describe(call.startsAt.atZone(CallSlotter.LONDON)),
                call.status.name(), stage(plan, call, ofPlan), call.callNumber, plan.totalCalls, call.attempt,
                plan.personConditionList().stream()
                        .map(code -> new CallDetail.Condition(code,
                                CATALOGUE.find(code).map(ConditionCatalogue.Condition::name).orElse(null)))
                        .toList(),
                plan.personLanguage, CallDetail.Window.of(plan.personWindowList()),
                calls.lastCompletedBefore(plan.id, call.startsAt)
                        .map(last -> new CallDetail.LastCall(last.startsAt,
                                CoachCallsResource.lastCall(last).goals(), last.confidence))
                        .orElse(null),
                next(call, ofPlan).orElse(null),
                new CallDetail.Limits(call.startsAt.minus(config.recordAhead()), config.callMinutes(),
                        CallDetail.Window.of(CallWindows.shared(plan.personWindowList(), plan.coachWindowList()))),
                call.status == CallStatus.RESCHEDULED ? movedTo(call, ofPlan) : null);
    }

    private CallDetail.Stage stage(CallPlan plan, ScheduledCall call, List<ScheduledCall> ofPlan) {
        List<Integer> numbers = ofPlan.stream().filter(c -> c.stage.equals(call.stage)).map(c -> c.callNumber)
                .distinct().sorted().toList();
        int first = numbers.isEmpty() ? call.callNumber : numbers.get(0);
        int inStage = call.stage.equals(plan.stage) ? Math.max(plan.stageCalls, numbers.size()) : numbers.size();
        int interval = planService.template().stages().stream().filter(s -> s.name().equals(call.stage))
                .mapToInt(TaperTemplate.Stage::intervalWeeks).findFirst().orElse(0);
        return new CallDetail.Stage(call.stage, interval, call.callNumber - first + 1, inStage);
    }

    /** The person's next booked call after this one (a retry of it after no answer, or the next call). */
    private static Optional<CallDetail.NextCall> next(ScheduledCall call, List<ScheduledCall> ofPlan) {
        return ofPlan.stream()
                .filter(c -> c.status == CallStatus.SCHEDULED && !c.id.equals(call.id)
                        && c.startsAt.isAfter(call.startsAt))
                .min(Comparator.comparing((ScheduledCall c) -> c.startsAt))
                .map(c -> new CallDetail.NextCall(c.id, c.startsAt,
                        CoachCallsResource.describe(c.startsAt.atZone(CallSlotter.LONDON)), c.callNumber, c.stage));
    }

    /** The latest attempt of the same call number: where a moved call (moved once or more) is now. */
    private static java.util.UUID movedTo(ScheduledCall call, List<ScheduledCall> ofPlan) {
        return ofPlan.stream().filter(c -> c.callNumber == call.callNumber && c.attempt > call.attempt)
                .max(Comparator.comparingInt((ScheduledCall c) -> c.attempt)).map(c -> c.id).orElse(null);
    }
}
