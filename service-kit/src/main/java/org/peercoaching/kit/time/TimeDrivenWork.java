package org.peercoaching.kit.time;

import java.time.Instant;
import java.util.Optional;

/**
 * Work a service does because time passed (missed calls, stage changes, reminders, retries). The scheduler
 * runs it every few minutes in production; a simulated clock runs it at each moment it falls due, in time
 * order ({@link ClockResource}). Implementations claim each item in the database, so several replicas and
 * both triggers are safe together.
 */
public interface TimeDrivenWork {

    /** The earliest instant after {@code now} at which this work will have something to do, if any is known. */
    Optional<Instant> nextDueAfter(Instant now);

    /** Does everything due at the clock's current time; returns how many items it changed. */
    int runDue();
}
