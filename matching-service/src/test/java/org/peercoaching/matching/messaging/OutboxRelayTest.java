package org.peercoaching.matching.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.kit.events.Outbox;

/** The relay sends whole batches without waiting on each send, and keeps each key's events in order. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void manyEventsForAFewKeysArriveOnTheBrokerOnceEachInPerKeyOrder() {
        RelayedEvents events = new RelayedEvents(5);
        int steps = 70; // 350 events: several batches of 100, each key's events spread over them
        events.publish(outbox, 0, 30);
        events.publish(outbox, 30, steps);

        await().atMost(Duration.ofSeconds(60)).until(() -> RelayedEvents.unsent(outbox, events.topic()) == 0);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(bootstrap, events.topic());
        assertEquals(5 * steps, records.size(), "each event once");
        Map<String, List<Integer>> byKey = events.stepsByKey(records);
        byKey.forEach((key, seen) -> assertEquals(RelayedEvents.upTo(steps), seen, "steps of " + key + " in order"));
    }
}
