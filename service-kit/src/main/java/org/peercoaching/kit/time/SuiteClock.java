package org.peercoaching.kit.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.events.Outbox;

/** Reads and, when simulated, moves this service's clock, running its time-driven work in time order. */
@ApplicationScoped
public class SuiteClock {

    private final Clock clock;
    private final Instance<TimeDrivenWork> work;
    private final Outbox outbox;

    public SuiteClock(Clock clock, @Any Instance<TimeDrivenWork> work, Outbox outbox) {
        this.clock = clock;
        this.work = work;
        this.outbox = outbox;
    }

    @Schema(name = "ClockStatus")
    public record Status(
            @Schema(required = true, description = "The service's current time, UTC") Instant now,
            @Schema(required = true, description = "Whether this is a simulated clock that an admin can move")
            boolean simulated,
            @Schema(description = "When this service's time-driven work next has something to do; null if nothing is"
                    + " waiting", nullable = true) Instant nextDueAt,
            @Schema(required = true, description = "Events this process has written to its outbox since it started")
            long eventsWritten,
            @Schema(required = true, description = "Events written but not yet sent to Kafka") long eventsUnsent,
            @Schema(required = true, description = "Items the last move changed (calls marked missed, stages moved on,"
                    + " reminders, retries)")
            int itemsChanged) {}

    @Schema(name = "ClockEvents")
    public record Events(
            @Schema(required = true, description = "Events this process has written to its outbox since it started")
            long eventsWritten,
            @Schema(required = true, description = "Events written but not yet sent to Kafka") long eventsUnsent) {}

    /** The outbox counts only: what a caller waiting for events to settle polls, without working out nextDueAt. */
    public Events events() {
        return new Events(outbox.written(), outbox.unsent());
    }

    public boolean isSimulated() {
        return clock instanceof SimulatedClock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Status status() {
        return status(0);
    }

    private Status status(int changed) {
        Instant now = clock.instant();
        return new Status(now, isSimulated(), nextDueAfter(now).orElse(null), outbox.written(), outbox.unsent(),
                changed);
    }

    Optional<Instant> nextDueAfter(Instant now) {
        return work.stream().map(w -> w.nextDueAfter(now)).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /** Steps the clock through every moment work falls due up to the target, running it at each, then to the target. */
    public synchronized Status advanceTo(Instant target) {
        SimulatedClock simulated = (SimulatedClock) clock;
        int changed = runAll();
        while (true) {
            Optional<Instant> next = nextDueAfter(simulated.instant());
            if (next.isEmpty() || next.get().isAfter(target)) {
                break;
            }
            simulated.moveTo(next.get());
            changed += runAll();
        }
        simulated.moveTo(target);
        changed += runAll();
        return status(changed);
    }

    private int runAll() {
        int changed = 0;
        List<TimeDrivenWork> all = work.stream().toList();
        for (TimeDrivenWork w : all) {
            changed += w.runDue();
        }
        return changed;
    }
}
