package org.peercoaching.volunteer.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.volunteer.Coaches.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.volunteer.Coaches;

/** An admin gives a coach to another coordinator: the other services hear of it and access follows at once. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CoordinatorReassignmentTest {

    static final String ADMIN = DevTokens.admin("admin-1");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static io.restassured.response.ValidatableResponse reassign(String token, String coach, String body) {
        return as(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/volunteers/" + coach + "/coordinator").then();
    }

    @Test
    void reassigningPublishesVolunteerUpdatedAndMovesAccessToTheNewCoordinator() {
        String oldCoordinator = "old-" + UUID.randomUUID().toString().substring(0, 8);
        String newCoordinator = "new." + UUID.randomUUID().toString().substring(0, 8) + "@trust";
        String coach = Coaches.aCoach().registeredBy(oldCoordinator).active();

        reassign(ADMIN, coach, "{\"coordinatorId\": \"" + newCoordinator + "\"}")
                .statusCode(200)
                .body("volunteerId", equalTo(coach))
                .body("coordinatorId", equalTo(newCoordinator));

        List<ConsumerRecord<String, String>> updated = TopicReader.awaitRecords(bootstrap, "volunteers",
                v -> v.contains(coach) && v.contains("\"type\":\"volunteer.updated.v1\"")
                        && v.contains("\"coordinatorId\":\"" + newCoordinator + "\""), 1, Duration.ofSeconds(60));
        assertEquals(1, updated.size(), "volunteer.updated.v1 with the new coordinatorId");
        assertEquals(coach, updated.get(0).key());
        assertTrue(updated.get(0).value().contains("\"status\":\"ACTIVE\""), updated.get(0).value());
        assertFalse(updated.get(0).value().contains("07700"), "the event carries no phone number");

        as(DevTokens.coordinator(newCoordinator)).when().get("/api/v1/volunteers/" + coach)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(DevTokens.coordinator(newCoordinator)).when().get("/api/v1/volunteers")
                .then().statusCode(200).body("items.id", equalTo(List.of(coach)));
        as(DevTokens.coordinator(oldCoordinator)).when().get("/api/v1/volunteers/" + coach).then().statusCode(404);
        as(DevTokens.coordinator(oldCoordinator)).contentType(ContentType.JSON)
                .when().post("/api/v1/volunteers/" + coach + "/resume").then().statusCode(404);
        as(DevTokens.coordinator(oldCoordinator)).when().get("/api/v1/volunteers")
                .then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void givingACoachToTheCoordinatorTheyAlreadyHavePublishesNothing() {
        String coordinator = "same-" + UUID.randomUUID().toString().substring(0, 8);
        String coach = Coaches.aCoach().registeredBy(coordinator).applicant();
        reassign(ADMIN, coach, "{\"coordinatorId\": \"" + coordinator + "\"}").statusCode(200);
        // a marker registered after it: once the marker is on the topic, an update for the coach would be too
        String marker = Coaches.aCoach().applicant();
        TopicReader.awaitRecords(bootstrap, "volunteers", v -> v.contains(marker), 1, Duration.ofSeconds(60));
        List<String> types = TopicReader.awaitRecords(bootstrap, "volunteers",
                        v -> (v.contains(coach) || v.contains(marker)) && v.contains(".v1\""), 3,
                        Duration.ofSeconds(10)).stream()
                .map(r -> r.key() + " " + r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1")).sorted().toList();
        assertEquals(List.of(coach + " volunteer.registered.v1", marker + " volunteer.registered.v1").stream().sorted()
                .toList(), types);
    }

    @Test
    void onlyAnAdminReassignsAndTheCoordinatorIdMustLookLikeASignInId() {
        String coach = Coaches.aCoach().applicant();
        reassign(Coaches.COORDINATOR_TOKEN, coach, "{\"coordinatorId\": \"coord-b\"}").statusCode(403);
        reassign(DevTokens.volunteer(UUID.fromString(coach)), coach, "{\"coordinatorId\": \"coord-b\"}").statusCode(403);
        reassign(ADMIN, coach, "{\"coordinatorId\": \" \"}").statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("coordinatorId")));
        reassign(ADMIN, coach, "{\"coordinatorId\": \"j okafor; drop\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("coordinatorId")));
        reassign(ADMIN, coach, "{}").statusCode(400);
        reassign(ADMIN, UUID.randomUUID().toString(), "{\"coordinatorId\": \"coord-b\"}").statusCode(404);
        // still the registering coordinator's
        Coaches.given().when().get("/api/v1/volunteers/" + coach).then().statusCode(200);
    }

    @Test
    void anAdminCannotReadACoachsRecord() {
        String coach = Coaches.aCoach().applicant();
        as(ADMIN).when().get("/api/v1/volunteers/" + coach).then().statusCode(403);
        as(ADMIN).when().get("/api/v1/volunteers").then().statusCode(403);
    }
}
