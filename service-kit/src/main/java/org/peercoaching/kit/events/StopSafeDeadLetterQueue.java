package org.peercoaching.kit.events;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The dead-letter topic, except while the service is stopping: an event that failed then (refused by
 * {@link ConsumerDrain}, or cut off by the stop) failed because of the stop, not because of the event, so it is
 * never acknowledged; its offset is not committed and the next start (or another replica) reads it again.
 * Channels use it with {@code failure-strategy=dead-letter-queue-unless-stopping}; the dead-letter settings
 * ({@code dead-letter-queue.topic}, ...) are the usual ones.
 */
@ApplicationScoped
@Unremovable // looked up by name from the channel settings, never injected
@Identifier(StopSafeDeadLetterQueue.NAME)
public class StopSafeDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-queue-unless-stopping";
    private static final Logger LOG = Logger.getLogger(StopSafeDeadLetterQueue.class);

    private final KafkaFailureHandler.Factory deadLetters;
    private final ConsumerDrain drain;

    public StopSafeDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetters,
            ConsumerDrain drain) {
        this.deadLetters = deadLetters;
        this.drain = drain;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetterQueue = deadLetters.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (drain.stopping()) {
                    LOG.infof("Stopping: the event at %s-%d offset %d is left for the next start", record.getTopic(),
                            record.getPartition(), record.getOffset());
                    return Uni.createFrom().nothing();
                }
                return deadLetterQueue.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetterQueue.terminate();
            }
        };
    }
}
