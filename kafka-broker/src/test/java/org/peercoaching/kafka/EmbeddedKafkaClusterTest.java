package org.peercoaching.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaClusterTest {

    @Test
    void threeNodesKeepEveryAcknowledgedRecordWhileOneNodeIsStoppedAndStartedAgain(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(3, dataDir);
                Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            assertEquals(3, cluster.bootstrapServers().split(",").length);
            admin.createTopics(List.of(new NewTopic("replicated", 3, (short) 3)
                    .configs(Map.of("min.insync.replicas", "2")))).all().get(30, TimeUnit.SECONDS);
            TopicDescription topic = admin.describeTopics(List.of("replicated")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("replicated");
            topic.partitions().forEach(p -> assertEquals(3, p.replicas().size(), "three copies of " + p));
            String minInsync = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "replicated")))
                    .all().get(30, TimeUnit.SECONDS).values().iterator().next().get("min.insync.replicas").value();
            assertEquals("2", minInsync);

            List<String> sent = new ArrayList<>();
            try (KafkaProducer<String, String> producer = producer(cluster)) {
                send(producer, sent, "before", 30);
                cluster.stopNode(1);
                send(producer, sent, "one node down", 30); // acks=all: two in-sync copies suffice
                cluster.startNode(1);
                send(producer, sent, "after", 30);
            }
            List<String> read = TopicReader.readAll(cluster.bootstrapServers(), "replicated").stream()
                    .map(ConsumerRecord::value).toList();
            assertEquals(Set.copyOf(sent), Set.copyOf(read), "every acknowledged record is there");
            assertEquals(sent.size(), read.size(), "and each once");

            // the restarted node catches up: stop another one, and everything is still readable
            awaitInSync(admin, 3, Duration.ofSeconds(60));
            cluster.stopNode(0);
            assertEquals(sent.size(), TopicReader.readAll(cluster.bootstrapServers(), "replicated").size());
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafkaCluster cluster) {
        return new KafkaProducer<>(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "acks", "all",
                "enable.idempotence", "true",
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()));
    }

    private static void send(KafkaProducer<String, String> producer, List<String> sent, String phase, int count)
            throws Exception {
        for (int i = 0; i < count; i++) {
            String value = phase + " " + i;
            producer.send(new ProducerRecord<>("replicated", "key-" + i, value)).get(60, TimeUnit.SECONDS);
            sent.add(value);
        }
    }

    private static void awaitInSync(Admin admin, int replicas, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            TopicDescription topic = admin.describeTopics(List.of("replicated")).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get("replicated");
            if (topic.partitions().stream().allMatch(p -> p.isr().size() == replicas)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("replicas not back in sync: " + topic);
            }
            Thread.sleep(250);
        }
    }
}
