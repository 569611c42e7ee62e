package org.peercoaching.kit.events;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps out of the log the messaging library's ERROR for an event refused because the service is stopping
 * ({@link ConsumerDrain.StoppingException}): nothing went wrong, the event is read again after the restart, and
 * {@link StopSafeDeadLetterQueue} already says so at INFO.
 */
@LoggingFilter(name = "stopping-refusals")
public final class StoppingRefusals implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConsumerDrain.StoppingException) {
                return false;
            }
        }
        return true;
    }
}
