package org.peercoaching.kit.events;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Runs outside the transaction interceptor, so each attempt gets a fresh transaction. */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(TransientRetryInterceptor.class);

    @ConfigProperty(name = "peercoaching.consumer.retry.first-backoff", defaultValue = "PT0.2S")
    Duration firstBackoff;

    @ConfigProperty(name = "peercoaching.consumer.retry.max-backoff", defaultValue = "PT10S")
    Duration maxBackoff;

    /** After this long the event goes to the dead-letter topic after all (under Kafka's 5-minute max.poll.interval), so one event cannot block for ever. */
    @ConfigProperty(name = "peercoaching.consumer.retry.give-up-after", defaultValue = "PT4M")
    Duration giveUpAfter;

    @Inject
    ConsumerDrain drain;

    @AroundInvoke
    Object retry(InvocationContext ctx) throws Exception {
        if (!drain.enter()) {
            throw new ConsumerDrain.StoppingException();
        }
        try {
            return retrying(ctx);
        } finally {
            drain.exit();
        }
    }

    private Object retrying(InvocationContext ctx) throws Exception {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long backoff = firstBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return ctx.proceed();
            } catch (RuntimeException e) {
                if (drain.stopping()) {
                    throw e; // the stop leaves it for the next start (StopSafeDeadLetterQueue)
                }
                if (Failures.isPoison(e) || System.nanoTime() + backoff * 1_000_000L > deadline) {
                    throw e;
                }
                // ids and exception types only: never the payload, which may hold a name or a phone number
                LOG.warnf("%s failed (attempt %d, %s); retrying in %d ms", ctx.getMethod().getName(), attempt,
                        e.getClass().getSimpleName(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }
}
