package org.peercoaching.matching.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.kit.events.Outbox;

/** Events written while the broker is away wait in the outbox and all go, in per-key order, once it is back. */
@QuarkusTest
@TestProfile(BrokerOutageProfile.class)
class OutboxRelayBrokerOutageTest {

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreAllDeliveredInPerKeyOrderOnceItIsBack() {
        RelayedEvents events = new RelayedEvents(3);
        events.publish(outbox, 0, 1); // the topic exists and the producer knows it before the outage
        await().atMost(Duration.ofSeconds(60)).until(() -> RelayedEvents.unsent(outbox, events.topic()) == 0);

        RestartableBroker.stopBroker();
        int steps = 60; // 180 events in 12 transactions, more than a batch
        for (int from = 1; from < steps; from += 5) {
            events.publish(outbox, from, Math.min(steps, from + 5));
        }
        // longer than the relay's 2 s wait for acknowledgements (this profile), so it gives up on a batch at least once
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> RelayedEvents.unsent(outbox, events.topic()) == 3 * (steps - 1));

        RestartableBroker.startBroker();
        await().atMost(Duration.ofMinutes(4)).until(() -> RelayedEvents.unsent(outbox, events.topic()) == 0);

        // at-least-once: a send the broker took but did not answer before the outage goes again
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(bootstrap, events.topic());
        Map<String, List<Integer>> byKey = events.stepsByKey(records);
        byKey.forEach((key, seen) -> assertEquals(RelayedEvents.upTo(steps), seen.stream().distinct().toList(),
                "every step of " + key + " arrived, first in order"));
        assertTrue(records.size() >= 3 * steps);
    }
}
