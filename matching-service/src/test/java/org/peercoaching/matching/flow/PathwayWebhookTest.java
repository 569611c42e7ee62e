package org.peercoaching.matching.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.Scenario;

/** A graduation is told to the pathway's webhook, retried until the pathway answers 2xx, with failures visible. */
@QuarkusTest
@TestProfile(PathwayWebhookTest.WebhookProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class PathwayWebhookTest extends Scenario {

    /**
     * A pathway system that is down for its first call, then answers 200. The profile picks its port
     * (a system property, because Quarkus loads the profile and the test in different class loaders);
     * the test starts it.
     */
    static final class FlakyPathway {
        static final String PORT = "peercoaching.test.webhook-port";
        static final List<String> BODIES = new CopyOnWriteArrayList<>();
        static final AtomicInteger CALLS = new AtomicInteger();
        static HttpServer server;

        static synchronized String url() {
            if (System.getProperty(PORT) == null) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    System.setProperty(PORT, String.valueOf(socket.getLocalPort()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return "http://localhost:" + System.getProperty(PORT) + "/hooks/peer-coaching";
        }

        static synchronized void start() throws IOException {
            if (server != null) {
                return;
            }
            server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(System.getProperty(PORT))), 0);
            server.createContext("/hooks/peer-coaching", exchange -> {
                BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                int status = CALLS.incrementAndGet() == 1 ? 503 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }
    }

    @BeforeAll
    static void pathwayIsListening() throws IOException {
        FlakyPathway.start();
    }

    @AfterAll
    static void pathwayStops() {
        if (FlakyPathway.server != null) {
            FlakyPathway.server.stop(0);
        }
    }

    public static class WebhookProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:matching-webhooks;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "mp.messaging.incoming.volunteers.group.id", "matching-webhooks",
                    "mp.messaging.incoming.schedule.group.id", "matching-webhooks",
                    "mp.messaging.incoming.volunteers.topic", "volunteers-webhooks",
                    "mp.messaging.incoming.schedule.topic", "schedule-webhooks",
                    "peercoaching.webhooks.rheumatology.url", FlakyPathway.url(),
                    "peercoaching.webhooks.first-retry", "PT1S",
                    "peercoaching.webhooks.poll-interval", "1s");
        }
    }

    @Test
    void aGraduationIsRetriedUntilThePathwayAnswersAndTheFailureIsVisibleMeanwhile() {
        UUID coach = coachJoins("Aisha", "FEMALE");
        String referral = referWanting("FEMALE");
        Map<String, Object> match = openMatch(referral);
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.stageChanged(UUID.fromString((String) match.get("id")),
                UUID.fromString(referral), coach, null, "WEEKLY"));
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.programmeCompleted(UUID.fromString(referral), coach));

        await().atMost(PATIENCE).until(() -> "GRADUATED".equals(status(referral)));
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("state", "all")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("referralId", hasItem(referral)));
        await().atMost(PATIENCE).until(() -> FlakyPathway.CALLS.get() >= 1);
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("state", "failing")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("lastStatus", hasItem(503)));
        await().atMost(PATIENCE).until(() -> FlakyPathway.CALLS.get() >= 2);
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("state", "delivered")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("referralId", hasItem(referral)));
        assertEquals(2, FlakyPathway.CALLS.get(), "delivered once it answered 200, and not again");

        String body = FlakyPathway.BODIES.get(1);
        assertEquals(FlakyPathway.BODIES.get(0), body, "the retry sends the same message");
        assertTrue(body.contains("\"type\":\"referral.graduated\""), body);
        assertTrue(body.contains("\"status\":\"GRADUATED\""), body);
        assertTrue(body.contains("\"callsCompleted\":13"), body);
        assertFalse(body.contains("Brian") || body.contains("Jones") || body.contains("07700"),
                "no name or phone goes to the webhook: " + body);
        List<Integer> attempts = given().queryParam("state", "all").when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).extract().jsonPath().getList("attempts");
        assertEquals(List.of(2), attempts);
    }

    @Test
    void aNotificationStateThatDoesNotExistIsA400NamingTheField() {
        given().queryParam("state", "lost").when().get("/api/v1/pathway-notifications")
                .then().statusCode(400).body("errors.field", hasItem("state"));
    }
}
