package org.peercoaching.schedule.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;

/** Turns a confirmed match into a plan and books the calls of its first taper stage. */
@ApplicationScoped
public class PlanBuilder {

    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final TaperTemplate template;
    private final CallSlotter slotter;
    private final Duration callLength;
    private final Duration firstCallNotice;
    private final Clock clock;

    public PlanBuilder(CallPlanRepository plans, CallRepository calls, ScheduleConfig config, Clock clock) {
        this.plans = plans;
        this.calls = calls;
        this.clock = clock;
        this.template = new TaperTemplate(config.stages().stream()
                .map(s -> new TaperTemplate.Stage(s.name(), s.intervalWeeks(), s.calls()))
                .toList());
        this.callLength = Duration.ofMinutes(config.callMinutes());
        this.firstCallNotice = config.firstCallNotice();
        this.slotter = new CallSlotter(callLength);
    }

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
        plan.stage = first.name();
        plan.totalCalls = template.totalCalls();
        plan.createdAt = clock.instant();

        Instant notBefore = match.confirmedAt().plus(firstCallNotice);
        List<CallSlotter.Busy> busy = calls.scheduledForCoachFrom(match.coachId(), notBefore).stream()
                .map(c -> new CallSlotter.Busy(c.startsAt, c.endsAt))
                .toList();
        Optional<List<Instant>> starts = slotter.slot(match.personWindows(), match.coachWindows(), notBefore,
                first.intervalWeeks(), first.calls(), busy);
        plan.status = starts.isPresent() ? PlanStatus.ACTIVE : PlanStatus.NEEDS_SLOT;
        plans.persist(plan);
        starts.ifPresent(times -> book(plan, first, times));
        return plan;
    }

    private void book(CallPlan plan, TaperTemplate.Stage stage, List<Instant> starts) {
        for (int i = 0; i < starts.size(); i++) {
            ScheduledCall call = new ScheduledCall();
            call.id = UUID.randomUUID();
            call.planId = plan.id;
            call.coachId = plan.coachId;
            call.callNumber = i + 1;
            call.stage = stage.name();
            call.startsAt = starts.get(i);
            call.endsAt = starts.get(i).plus(callLength);
            call.status = CallStatus.SCHEDULED;
            calls.persist(call);
        }
    }
}
