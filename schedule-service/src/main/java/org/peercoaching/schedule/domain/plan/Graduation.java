package org.peercoaching.schedule.domain.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.ProgrammeCompletedV1;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;

/** The end of the programme: the follow-up activation measure, the change, and the outcome summary. */
@ApplicationScoped
public class Graduation {

    private final CallRepository calls;
    private final AlertRepository alerts;
    private final Outbox outbox;
    private final Clock clock;

    public Graduation(CallRepository calls, AlertRepository alerts, Outbox outbox, Clock clock) {
        this.calls = calls;
        this.alerts = alerts;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record FollowUp(String instrument, BigDecimal scoreBefore, BigDecimal scoreAfter, Integer levelAfter) {}

    /** Pure: after minus before. */
    public static BigDecimal change(BigDecimal before, BigDecimal after) {
        return after.subtract(before);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeCompletedV1 complete(CallPlan plan, FollowUp followUp) {
        if (plan.status == PlanStatus.COMPLETED) {
            throw new AlreadyCompletedException();
        }
        if (plan.status != PlanStatus.AWAITING_FOLLOW_UP) {
            throw new PlanRuleException("The follow-up measure is recorded once the person has graduated; this plan is "
                    + plan.stage.toLowerCase() + " and " + plan.status.name().toLowerCase().replace('_', ' ') + ".");
        }
        List<ScheduledCall> history = calls.ofPlan(plan.id);
        int completed = (int) history.stream().filter(c -> c.status == CallStatus.COMPLETED).count();
        int missed = (int) history.stream().filter(c -> c.status.isMissed()).count();
        int withGoals = (int) history.stream().filter(c -> c.status == CallStatus.COMPLETED && c.hasGoals()).count();
        plan.activationInstrument = followUp.instrument();
        plan.activationBefore = followUp.scoreBefore();
        plan.activationAfter = followUp.scoreAfter();
        plan.activationLevelAfter = followUp.levelAfter();
        plan.completedAt = clock.instant();
        plan.status = PlanStatus.COMPLETED;
        ProgrammeCompletedV1 summary = new ProgrammeCompletedV1(plan.id, plan.referralId, plan.coachId, completed, missed,
                (int) alerts.escalationsOf(plan.id), followUp.instrument(), followUp.scoreAfter(), followUp.levelAfter(),
                plan.completedAt, followUp.scoreBefore(), change(followUp.scoreBefore(), followUp.scoreAfter()),
                withGoals);
        outbox.publish(EventTypes.PROGRAMME_COMPLETED, plan.id, summary);
        return summary;
    }

    public static class AlreadyCompletedException extends RuntimeException {
        public AlreadyCompletedException() {
            super("The follow-up was already recorded and the pathway told.");
        }
    }
}
