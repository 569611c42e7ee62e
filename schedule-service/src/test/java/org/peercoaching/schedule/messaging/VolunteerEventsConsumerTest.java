package org.peercoaching.schedule.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.volunteerUpdated;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.domain.coach.CoachCoordinator;
import org.peercoaching.schedule.domain.coach.CoachCoordinatorRepository;

/** Volunteer events tell schedule-service which coordinator looks after each coach, each event applied once. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CoachCoordinatorRepository coordinators;

    Optional<String> rowOf(UUID coach) {
        return QuarkusTransaction.requiringNew()
                .call(() -> coordinators.findByIdOptional(coach).map(c -> c.coordinatorId));
    }

    void send(UUID coach, String event) {
        TopicReader.send(bootstrap, "volunteers", coach.toString(), event);
    }

    @Test
    void aRedeliveredEventIsAppliedOnceSoItCannotUndoALaterChange() {
        UUID coach = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        String givenToAmina = volunteerUpdated(first, coach, "coord-amina");
        send(coach, givenToAmina);
        await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(coach).equals(Optional.of("coord-amina")));

        send(coach, volunteerUpdated(UUID.randomUUID(), coach, "coord-bola"));
        send(coach, givenToAmina); // the first event again, as after a consumer restart
        UUID marker = UUID.randomUUID();
        send(coach, volunteerUpdated(UUID.randomUUID(), marker, "coord-marker")); // same partition, after both
        await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(marker).isPresent());

        assertEquals(Optional.of("coord-bola"), rowOf(coach), "the redelivered event changed nothing");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> coordinators.count("volunteerId", coach)));
    }

    @Test
    void aCoachNoOneHasBeenGivenBelongsToNoCoordinator() {
        UUID coach = UUID.randomUUID();
        send(coach, volunteerUpdated(UUID.randomUUID(), coach, "coord-amina")
                .replace("\"coordinatorId\" : \"coord-amina\"", "\"coordinatorId\" : null"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(coach).isPresent());
        assertEquals(Optional.of(CoachCoordinator.UNASSIGNED), rowOf(coach));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> coordinators.coordinatorOf(coach)).isEmpty());
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> coordinators.looksAfter("unassigned", coach)),
                "a sign-in called 'unassigned' owns nothing");
    }
}
