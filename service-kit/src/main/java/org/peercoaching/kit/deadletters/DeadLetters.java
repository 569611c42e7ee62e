package org.peercoaching.kit.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;

/**
 * Reads this service's dead-letter topic and puts a dead letter back on its original topic once the
 * cause is fixed. Consumers are idempotent, so a replay of an event that was applied after all changes
 * nothing.
 */
@ApplicationScoped
public class DeadLetters {

    /** Header names written by SmallRye Reactive Messaging's dead-letter-queue failure strategy. */
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String REPLAYED_FROM = "peercoaching-replayed-from";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dead letter as operators see it: where it came from, why it failed, which event; never its data. */
    public record DeadLetter(@Schema(required = true) int partition, @Schema(required = true) long offset,
            @Schema(required = true) Instant deadAt, String originalTopic, Integer originalPartition,
            Long originalOffset, String key, String eventId, String eventType, String reason, String cause,
            @Schema(required = true, description = "Every replay, newest first; empty if never replayed")
            List<Replay> replays) {}

    /** One replay: when, and by whom (the admin's token subject). */
    public record Replay(@Schema(required = true) Instant at, @Schema(required = true) String by) {}

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public String topic() {
        return "dead-letters." + applicationName;
    }

    @Transactional
    public List<DeadLetter> list(int limit) {
        List<ConsumerRecord<String, String>> records = readAll();
        records.sort(Comparator.comparing((ConsumerRecord<String, String> r) -> r.timestamp()).reversed());
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records.subList(0, Math.min(limit, records.size()))) {
            letters.add(describe(record));
        }
        return letters;
    }

    @Transactional
    public DeadLetter replay(int partition, long offset, boolean again, String by) {
        ConsumerRecord<String, String> record = readOne(partition, offset)
                .orElseThrow(() -> ProblemException.notFound("Dead letter " + partition + "/" + offset));
        DeadLetter letter = describe(record);
        if (letter.originalTopic() == null) {
            throw ProblemException.unprocessable(ProblemTypes.BASE + "dead-letter-without-origin",
                    "This dead letter does not say which topic it came from, so it cannot be replayed.", List.of());
        }
        if (!letter.replays().isEmpty() && !again) {
            throw ProblemException.conflict(ProblemTypes.BASE + "already-replayed",
                    "This dead letter was replayed on " + letter.replays().get(0).at() + " by "
                            + letter.replays().get(0).by() + ". To replay it again, add ?again=true.");
        }
        ProducerRecord<String, String> out = new ProducerRecord<>(letter.originalTopic(), record.key(), record.value());
        out.headers().add(REPLAYED_FROM, (topic() + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(out).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not take the replayed event", e);
        }
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.partition = partition;
        replay.offset = offset;
        replay.originalTopic = letter.originalTopic();
        replay.replayedAt = clock.instant();
        replay.replayedBy = by;
        em.persist(replay);
        return describe(record);
    }

    private DeadLetter describe(ConsumerRecord<String, String> record) {
        String eventId = null;
        String eventType = null;
        try {
            JsonNode envelope = JSON.readTree(record.value());
            eventId = envelope.path("id").isTextual() ? envelope.path("id").asText() : null;
            eventType = envelope.path("type").isTextual() ? envelope.path("type").asText() : null;
        } catch (Exception unreadable) {
            // the reason already says it could not be read
        }
        List<Replay> replays = em.createQuery("from DeadLetterReplay r where r.partition = :p and r.offset = :o"
                        + " order by r.replayedAt desc", DeadLetterReplay.class)
                .setParameter("p", record.partition()).setParameter("o", record.offset()).getResultList().stream()
                .map(r -> new Replay(r.replayedAt, r.replayedBy)).toList();
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                header(record, TOPIC), integer(header(record, PARTITION)), longValue(header(record, OFFSET)),
                record.key(), eventId, eventType, header(record, REASON), header(record, CAUSE), replays);
    }

    private List<ConsumerRecord<String, String>> readAll() {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic(), Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return all;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    private Optional<ConsumerRecord<String, String>> readOne(int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            TopicPartition tp = new TopicPartition(topic(), partition);
            List<PartitionInfo> infos = consumer.partitionsFor(topic(), Duration.ofSeconds(10));
            if (infos == null || infos.stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp), Duration.ofSeconds(10)).get(tp);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letter-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
