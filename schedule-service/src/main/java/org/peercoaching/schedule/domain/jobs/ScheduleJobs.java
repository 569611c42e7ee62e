package org.peercoaching.schedule.domain.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.call.CallOutcomes;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.PlanService;
import org.peercoaching.schedule.domain.reminder.CallReminder;
import org.peercoaching.schedule.domain.reminder.ReminderChannel;

/**
 * The time-driven work. Each item is claimed in its own transaction and every row carries a version,
 * so with two replicas running the same job only one of them changes a given call or plan; the other's
 * transaction rolls back and it moves on.
 */
@ApplicationScoped
public class ScheduleJobs {

    private static final Logger LOG = Logger.getLogger(ScheduleJobs.class);
    static final int BATCH = 200;

    private final CallRepository calls;
    private final CallPlanRepository plans;
    private final CallOutcomes outcomes;
    private final PlanService planService;
    private final ReminderChannel reminders;
    private final Duration missedAfter;
    private final Clock clock;

    public ScheduleJobs(CallRepository calls, CallPlanRepository plans, CallOutcomes outcomes, PlanService planService,
            ReminderChannel reminders, ScheduleConfig config, Clock clock) {
        this.calls = calls;
        this.plans = plans;
        this.outcomes = outcomes;
        this.planService = planService;
        this.reminders = reminders;
        this.missedAfter = config.missedAfter();
        this.clock = clock;
    }

    @Scheduled(identity = "schedule-overdue-calls", every = "${peercoaching.schedule.jobs.overdue-every:10m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledMarkOverdueCalls() {
        markOverdueCalls();
    }

    /** Calls past their end plus the grace period with nothing recorded become missed. */
    public int markOverdueCalls() {
        Instant cutoff = clock.instant().minus(missedAfter);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> calls.overdueIds(cutoff, BATCH));
        int marked = 0;
        for (UUID id : due) {
            if (claim("mark missed", id, () -> outcomes.markMissed(id, cutoff))) {
                marked++;
            }
        }
        return marked;
    }

    @Scheduled(identity = "schedule-stage-advancement", every = "${peercoaching.schedule.jobs.advance-every:10m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledAdvanceStages() {
        advanceStages();
    }

    /** Plans whose stage's planned time has passed with no call left move on (next stage booked, or graduated). */
    public int advanceStages() {
        Instant now = clock.instant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> plans.dueToAdvance(now, BATCH));
        int moved = 0;
        for (UUID id : due) {
            if (claim("advance stage", id, () -> {
                CallPlan plan = plans.lockForUpdate(id);
                boolean advanced = plan != null && planService.advanceIfDue(plan);
                plans.flush();
                return advanced;
            })) {
                moved++;
            }
        }
        return moved;
    }

    @Scheduled(identity = "schedule-reminders", every = "${peercoaching.schedule.jobs.reminders-every:15m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSendReminders() {
        sendReminders();
    }

    /** The day before each call (Europe/London dates), its coach is reminded once. */
    public int sendReminders() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(CallSlotter.LONDON)).plusDays(1);
        Instant from = tomorrow.atStartOfDay(CallSlotter.LONDON).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(CallSlotter.LONDON).toInstant();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> calls.needingReminderIds(from, to, BATCH));
        int sent = 0;
        for (UUID id : due) {
            Optional<CallReminder> claimed = claimReminder(id);
            if (claimed.isPresent()) {
                reminders.send(claimed.get());
                sent++;
            }
        }
        return sent;
    }

    private Optional<CallReminder> claimReminder(UUID id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                ScheduledCall call = calls.findById(id);
                if (call == null || call.status != CallStatus.SCHEDULED || call.reminderSentAt != null) {
                    return Optional.<CallReminder>empty();
                }
                call.reminderSentAt = clock.instant();
                calls.flush();
                return Optional.of(new CallReminder(call.id, call.coachId, call.planId, call.callNumber,
                        call.startsAt));
            });
        } catch (RuntimeException e) {
            LOG.debugf("Reminder for call %s claimed elsewhere (%s)", id, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private boolean claim(String what, UUID id, java.util.concurrent.Callable<Boolean> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            // Another replica changed the same row first (optimistic lock), or the item failed: it is
            // left as it was and picked up again on the next run if still due.
            LOG.warnf("Could not %s for %s: %s", what, id, e.getClass().getSimpleName());
            return false;
        }
    }
}
