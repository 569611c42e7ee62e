package org.peercoaching.volunteer.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.peercoaching.kit.time.TimeDrivenWork;

/**
 * The daily re-evaluation of safeguarding holds and DBS reminders. It runs every hour (holds change at London
 * midnight, so a restart or a missed run never skips a day) and, under a simulated clock, at each London midnight
 * on which some coach crosses a date.
 */
@ApplicationScoped
public class SafeguardingJob implements TimeDrivenWork {

    private final SafeguardingHolds holds;

    public SafeguardingJob(SafeguardingHolds holds) {
        this.holds = holds;
    }

    @Scheduled(identity = "volunteer-safeguarding-holds", every = "${peercoaching.volunteer.jobs.safeguarding-every:1h}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReevaluation() {
        holds.reevaluateAll();
    }

    @Override
    public Optional<Instant> nextDueAfter(Instant now) {
        return holds.nextChangeAfter(now);
    }

    @Override
    public int runDue() {
        return holds.reevaluateAll();
    }
}
