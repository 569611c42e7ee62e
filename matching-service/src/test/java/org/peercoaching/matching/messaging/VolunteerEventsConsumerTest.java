package org.peercoaching.matching.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CoachRepository coaches;

    Coach coach(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> coaches.findById(id));
    }

    static String golden(String name) throws IOException {
        try (InputStream in = VolunteerEventsConsumerTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theGoldenVolunteerRegisteredEventBecomesACoach() throws IOException {
        UUID id = UUID.fromString("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e");
        TopicReader.send(bootstrap, "volunteers", id.toString(), golden("volunteer.registered.v1.json"));
        await().atMost(Duration.ofSeconds(30)).until(() -> coach(id) != null);
        Coach coach = coach(id);
        assertEquals("Aisha", coach.firstName);
        assertEquals(2, coach.imdDecile);
        assertEquals(1, coach.callWindows.size());
        assertEquals("coord-amina", coach.coordinatorId, "the coordinator who looks after the coach");
    }

    @Test
    void aCoachGivenToAnotherCoordinatorMovesWithTheUpdatedEvent() {
        UUID id = UUID.randomUUID();
        TopicReader.send(bootstrap, "volunteers", id.toString(), Fixtures.volunteerEvent("volunteer.registered.v1", id,
                "Rae", "FEMALE", "ACTIVE", "coord-a"));
        await().atMost(Duration.ofSeconds(30)).until(() -> coach(id) != null);
        assertEquals("coord-a", coach(id).coordinatorId);
        TopicReader.send(bootstrap, "volunteers", id.toString(), Fixtures.volunteerEvent("volunteer.updated.v1", id,
                "Rae", "FEMALE", "ACTIVE", "coord-b"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "coord-b".equals(coach(id).coordinatorId));
        assertEquals("ACTIVE", coach(id).status);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID id = UUID.randomUUID();
        String event = Fixtures.volunteerRegistered(id, "Priya", "FEMALE");
        TopicReader.send(bootstrap, "volunteers", id.toString(), event);
        await().atMost(Duration.ofSeconds(30)).until(() -> coach(id) != null);
        // the same event id again, with a body that would change the coach if it were applied
        TopicReader.send(bootstrap, "volunteers", id.toString(), event.replace("Priya", "Changed"));
        UUID marker = UUID.randomUUID();
        TopicReader.send(bootstrap, "volunteers", marker.toString(), Fixtures.volunteerRegistered(marker, "M", "MALE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> coach(marker) != null);
        assertEquals("Priya", coach(id).firstName);
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        String key = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "volunteers", key, "this is not an event " + key);
        UUID next = UUID.randomUUID();
        TopicReader.send(bootstrap, "volunteers", key, Fixtures.volunteerRegistered(next, "Next", "MALE"));

        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap,
                "dead-letters.matching-service", v -> v.contains(key), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"), "the reason travels with it");
        await().atMost(Duration.ofSeconds(30)).until(() -> coach(next) != null);
    }
}
