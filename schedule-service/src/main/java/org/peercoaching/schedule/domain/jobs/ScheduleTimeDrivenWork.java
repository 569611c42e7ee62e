package org.peercoaching.schedule.domain.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.peercoaching.kit.time.TimeDrivenWork;
import org.peercoaching.schedule.config.ScheduleConfig;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.plan.CallSlotter;
import org.peercoaching.schedule.domain.plan.PlanStatus;

/**
 * schedule-service's jobs as the simulated clock sees them: when the next call becomes overdue, when the next
 * reminder day starts, and one pass of every job at each of those moments.
 */
@ApplicationScoped
public class ScheduleTimeDrivenWork implements TimeDrivenWork {

    /** Passes of a job at one moment; each pass takes one batch. */
    static final int MAX_PASSES = 1000;

    private final ScheduleJobs jobs;
    private final CallRepository calls;
    private final Duration missedAfter;

    public ScheduleTimeDrivenWork(ScheduleJobs jobs, CallRepository calls, ScheduleConfig config) {
        this.jobs = jobs;
        this.calls = calls;
        this.missedAfter = config.missedAfter();
    }

    @Override
    public Optional<Instant> nextDueAfter(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> Stream.of(nextOverdue(now), nextReminderDay(now),
                nextStageEnd(now))
                .flatMap(Optional::stream).min(Instant::compareTo));
    }

    /** A call is missed once its end plus the grace period has passed (ScheduleJobs.markOverdueCalls). */
    private Optional<Instant> nextOverdue(Instant now) {
        Instant endsAfter = now.minus(missedAfter);
        Instant earliestEnd = calls.getEntityManager()
                .createQuery("select min(c.endsAt) from ScheduledCall c where c.status = ?1 and c.endsAt >= ?2",
                        Instant.class)
                .setParameter(1, CallStatus.SCHEDULED).setParameter(2, endsAfter).getSingleResult();
        return Optional.ofNullable(earliestEnd).map(end -> end.plus(missedAfter).plusSeconds(1));
    }

    /** A stage may move on once its planned time has passed (PlanService.advanceIfDue). */
    private Optional<Instant> nextStageEnd(Instant now) {
        return Optional.ofNullable(calls.getEntityManager()
                .createQuery("select min(p.stageEndsAt) from CallPlan p where p.status = ?1 and p.stageEndsAt > ?2",
                        Instant.class)
                .setParameter(1, PlanStatus.ACTIVE).setParameter(2, now).getSingleResult());
    }

    /** A coach is reminded on the London day before each call (ScheduleJobs.sendReminders). */
    private Optional<Instant> nextReminderDay(Instant now) {
        LocalDate today = now.atZone(CallSlotter.LONDON).toLocalDate();
        Instant notYetInWindow = today.plusDays(2).atStartOfDay(CallSlotter.LONDON).toInstant();
        Instant earliestStart = calls.getEntityManager()
                .createQuery("select min(c.startsAt) from ScheduledCall c where c.status = ?1"
                        + " and c.reminderSentAt is null and c.startsAt >= ?2", Instant.class)
                .setParameter(1, CallStatus.SCHEDULED).setParameter(2, notYetInWindow).getSingleResult();
        return Optional.ofNullable(earliestStart).map(start -> start.atZone(CallSlotter.LONDON).toLocalDate()
                .minusDays(1).atStartOfDay(CallSlotter.LONDON).toInstant());
    }

    @Override
    public int runDue() {
        int changed = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int done = jobs.markOverdueCalls() + jobs.advanceStages() + jobs.sendReminders();
            changed += done;
            if (done == 0) {
                break;
            }
        }
        return changed;
    }
}
