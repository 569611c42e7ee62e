package org.peercoaching.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.peercoaching.events.EventType;
import org.peercoaching.kit.events.Outbox;

/** Test events for the outbox relay: numbered steps per key, on a topic of their own. */
final class RelayedEvents {

    record Step(String key, int n) {}

    static final ObjectMapper JSON = new ObjectMapper();

    final EventType<Step> type;
    final List<String> keys = new ArrayList<>();

    RelayedEvents(int keyCount) {
        type = new EventType<>("relay-test.step.v1", "relay-test-" + UUID.randomUUID(), Step.class);
        for (int k = 0; k < keyCount; k++) {
            keys.add("key-" + k + "-" + UUID.randomUUID());
        }
    }

    String topic() {
        return type.topic();
    }

    /** Steps from..to-1 of every key, interleaved (step n of each key, then step n+1), in one transaction. */
    void publish(Outbox outbox, int from, int to) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = from; n < to; n++) {
                for (String key : keys) {
                    outbox.publish(type, key, new Step(key, n));
                }
            }
        });
    }

    static long unsent(Outbox outbox, String topic) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.count("topic = ?1 and sentAt is null", topic));
    }

    /** The steps each key's records carry, in the order the broker holds them (a partition's offset order). */
    Map<String, List<Integer>> stepsByKey(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Integer>> steps = new LinkedHashMap<>();
        keys.forEach(k -> steps.put(k, new ArrayList<>()));
        for (ConsumerRecord<String, String> record : records) {
            try {
                JsonNode data = JSON.readTree(record.value()).get("data");
                assertEquals(record.key(), data.get("key").asText(), "the record's key is its aggregate id");
                steps.get(record.key()).add(data.get("n").asInt());
            } catch (java.io.IOException e) {
                throw new AssertionError("unreadable record " + record.value(), e);
            }
        }
        return steps;
    }

    static List<Integer> upTo(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
