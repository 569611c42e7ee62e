package org.peercoaching.schedule.messaging;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.volunteerUpdated;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.schedule.Fixtures;
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

    @Test
    void aDbsRenewalReminderBecomesOneAlertOnTheCoordinatorsListEvenWhenDeliveredTwice() {
        UUID coach = UUID.randomUUID();
        String coordinator = "coord-" + coach.toString().substring(0, 8);
        String reminder = Fixtures.golden("volunteer.dbs-renewal-reminder.v1")
                .replace("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", UUID.randomUUID().toString())
                .replace("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e", coach.toString())
                .replace("coord-amina", coordinator);
        send(coach, reminder);
        send(coach, reminder);
        // the v2 copy of a volunteer event is for matching: read and ignored here, nothing breaks
        send(coach, Fixtures.golden("volunteer.updated.v2").replace("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e",
                coach.toString()));
        UUID marker = UUID.randomUUID();
        send(coach, volunteerUpdated(UUID.randomUUID(), marker, "coord-marker")); // same partition, after all three
        await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(marker).isPresent());

        List<Map<String, Object>> alerts = Fixtures.as(DevTokens.coordinator(coordinator))
                .when().get("/api/v1/alerts").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(1, alerts.size(), alerts.toString());
        Map<String, Object> alert = alerts.get(0);
        assertEquals("DBS_RENEWAL_DUE", alert.get("kind"));
        assertEquals(coach.toString(), alert.get("coachId"));
        assertEquals(null, alert.get("planId"));
        assertEquals(null, alert.get("referralId"));
        assertEquals("Aisha's DBS check is due for renewal on 3 March 2027, in 60 days. Record the new check on the"
                + " coach's page; from that date they take no new people until it is recorded.", alert.get("detail"));

        Fixtures.as(DevTokens.coordinator(coordinator)).contentType("application/json")
                .body("{\"action\": \"Asked Aisha to start the renewal\"}")
                .when().post("/api/v1/alerts/" + alert.get("alertId") + "/closure").then().statusCode(200);
    }
}
