package org.peercoaching.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @Test
    void aRecordProducedToTheBrokerIsConsumedInOrder() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            produce(broker, "first", "second");
            assertEquals(List.of("first", "second"), consume(broker, 2));
        }
    }

    @Test
    void aBrokerRestartedOnTheSameDataKeepsWhatWasWritten(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, dataDir)) {
            produce(broker, "before restart");
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, dataDir)) {
            produce(broker, "after restart");
            assertEquals(List.of("before restart", "after restart"), consume(broker, 2));
        }
    }

    static void produce(EmbeddedKafkaBroker broker, String... values) throws Exception {
        Map<String, Object> producerConfig = Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "acks", "all",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("smoke", "k", value)).get();
            }
        }
    }

    static List<String> consume(EmbeddedKafkaBroker broker, int count) {
        Map<String, Object> consumerConfig = Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "group.id", "smoke-test-" + System.nanoTime(),
                "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName());
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.subscribe(List.of("smoke"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (seen.size() < count && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.value());
                }
            }
        }
        return seen;
    }
}
