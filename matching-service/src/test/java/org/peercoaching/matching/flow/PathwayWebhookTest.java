package org.peercoaching.matching.flow;

import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asCoordinator;
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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;

/**
 * A graduation is told to the pathway's webhook, signed with the pathway's secret, retried until the pathway
 * answers 2xx, with failures visible. A pathway with a URL but no proper secret is never called.
 */
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
        static final String SECRET = "rheumatology-webhook-secret-0123456789abcdef";
        static final List<String> BODIES = new CopyOnWriteArrayList<>();
        static final List<String> SIGNATURES = new CopyOnWriteArrayList<>();
        static final AtomicInteger CALLS = new AtomicInteger();
        /** Calls to the webhooks of pathways without a (long enough) secret: there must be none. */
        static final AtomicInteger UNSIGNED_PATHWAY_CALLS = new AtomicInteger();
        static HttpServer server;

        static String url() {
            return "http://localhost:" + LocalPort.of(PORT) + "/hooks/peer-coaching";
        }

        static String url(String path) {
            return url().replace("/hooks/peer-coaching", path);
        }

        static synchronized void start() throws IOException {
            if (server != null) {
                return;
            }
            server = HttpServer.create(new InetSocketAddress("localhost", LocalPort.of(PORT)), 0);
            server.createContext("/hooks/no-secret", exchange -> {
                UNSIGNED_PATHWAY_CALLS.incrementAndGet();
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.createContext("/hooks/peer-coaching", exchange -> {
                SIGNATURES.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-PeerCoaching-Signature")));
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
            Map<String, String> overrides = new java.util.HashMap<>(IsolatedDatabaseProfile.overrides("webhooks"));
            overrides.putAll(Map.ofEntries(
                    // as before: the unquoted name (PEERCOACHING_WEBHOOKS_RHEUMATOLOGY_URL)
                    Map.entry("peercoaching.webhooks.rheumatology.url", FlakyPathway.url()),
                    // the quoted name, as PEERCOACHING_WEBHOOKS__RHEUMATOLOGY__SECRET gives it
                    Map.entry("peercoaching.webhooks.\"rheumatology\".secret", FlakyPathway.SECRET),
                    // a URL and no secret; a URL and a secret too short to be safe: neither is called
                    Map.entry("peercoaching.webhooks.\"pain-management\".url", FlakyPathway.url("/hooks/no-secret")),
                    Map.entry("peercoaching.webhooks.\"respiratory\".url", FlakyPathway.url("/hooks/no-secret")),
                    Map.entry("peercoaching.webhooks.\"respiratory\".secret", "too-short-0123456789"),
                    Map.entry("peercoaching.webhooks.first-retry", "PT1S"),
                    Map.entry("peercoaching.webhooks.poll-interval", "1s")));
            return overrides;
        }
    }

    @Test
    void aGraduationIsRetriedUntilThePathwayAnswersAndTheFailureIsVisibleMeanwhile() throws Exception {
        UUID coach = coachJoins("Aisha", "FEMALE");
        String referral = referWanting("FEMALE");
        Map<String, Object> match = openMatch(referral);
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.stageChanged(UUID.fromString((String) match.get("id")),
                UUID.fromString(referral), coach, null, "WEEKLY"));
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.programmeCompleted(UUID.fromString(referral), coach));

        await().atMost(PATIENCE).until(() -> "GRADUATED".equals(status(referral)));
        await().atMost(PATIENCE).untilAsserted(() -> asCoordinator().queryParam("state", "all")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("referralId", hasItem(referral)));
        await().atMost(PATIENCE).until(() -> FlakyPathway.CALLS.get() >= 1);
        await().atMost(PATIENCE).untilAsserted(() -> asCoordinator().queryParam("state", "failing")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("lastStatus", hasItem(503)));
        await().atMost(PATIENCE).until(() -> FlakyPathway.CALLS.get() >= 2);
        await().atMost(PATIENCE).untilAsserted(() -> asCoordinator().queryParam("state", "delivered")
                .when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).body("referralId", hasItem(referral)));
        assertEquals(2, FlakyPathway.CALLS.get(), "delivered once it answered 200, and not again");

        String body = FlakyPathway.BODIES.get(1);
        assertEquals(FlakyPathway.BODIES.get(0), body, "the retry sends the same message");
        for (int i = 0; i < 2; i++) {
            assertSignedWithTheSecret(FlakyPathway.SIGNATURES.get(i), FlakyPathway.BODIES.get(i));
        }
        assertTrue(body.contains("\"type\":\"referral.graduated\""), body);
        assertTrue(body.contains("\"status\":\"GRADUATED\""), body);
        assertTrue(body.contains("\"callsCompleted\":13"), body);
        assertFalse(body.contains("Brian") || body.contains("Jones") || body.contains("07700"),
                "no name or phone goes to the webhook: " + body);
        int attempts = asCoordinator().queryParam("state", "all").when().get("/api/v1/pathway-notifications")
                .then().statusCode(200).extract().jsonPath()
                .getInt("find { it.referralId == '" + referral + "' }.attempts");
        assertEquals(2, attempts);
    }

    /** What the pathway does (docs/pathway-api.md): recompute the HMAC over "t.body", compare, check t is recent. */
    static void assertSignedWithTheSecret(String header, String body) throws Exception {
        assertSignedWith(FlakyPathway.SECRET, header, body);
    }

    static void assertSignedWith(String secret, String header, String body) throws Exception {
        assertTrue(header.matches("t=\\d+,v1=[0-9a-f]{64}"), header);
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertTrue(java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII)), "the signature is the HMAC of t.body with the secret");
        long age = Instant.now().getEpochSecond() - Long.parseLong(t);
        assertTrue(age >= 0 && age < 300, "signed when sent, not when queued: " + age + " s ago");
        Mac wrong = Mac.getInstance("HmacSHA256");
        wrong.init(new SecretKeySpec("another-secret-of-enough-length-000000".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        assertFalse(v1.equals(HexFormat.of().formatHex(wrong.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))));
    }

    /** A referral of this pathway, matched, through its plan and graduated; returns its id. */
    String graduate(String pathway) {
        UUID coach = coachJoins("Aisha", "FEMALE");
        String referral = as(DevTokens.pathway(pathway)).contentType(ContentType.JSON)
                .body(Fixtures.referral(pathway, "TEST-" + UUID.randomUUID(), "FEMALE"))
                .when().post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        Map<String, Object> match = openMatch(referral);
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.stageChanged(UUID.fromString((String) match.get("id")),
                UUID.fromString(referral), coach, null, "WEEKLY"));
        TopicReader.send(bootstrap, scheduleTopic, referral, Fixtures.programmeCompleted(UUID.fromString(referral), coach));
        await().atMost(PATIENCE).until(() -> "GRADUATED".equals(as(DevTokens.pathway(pathway))
                .when().get("/api/v1/referrals/" + referral).then().statusCode(200).extract().path("status")));
        return referral;
    }

    @Test
    void aPathwayWithAUrlButNoSecretOrAShortOneIsNotCalledAndTheNotificationWaitsVisibly() {
        String noSecret = graduate("pain-management");
        String shortSecret = graduate("respiratory");
        for (String referral : List.of(noSecret, shortSecret)) {
            await().atMost(PATIENCE).untilAsserted(() -> asCoordinator().queryParam("state", "failing")
                    .when().get("/api/v1/pathway-notifications")
                    .then().statusCode(200)
                    .body("find { it.referralId == '" + referral + "' }.lastError",
                            org.hamcrest.Matchers.containsString("no signing secret")));
        }
        assertEquals(0, FlakyPathway.UNSIGNED_PATHWAY_CALLS.get(), "never called without a proper secret");
    }

    @Test
    void aNotificationStateThatDoesNotExistIsA400NamingTheField() {
        asCoordinator().queryParam("state", "lost").when().get("/api/v1/pathway-notifications")
                .then().statusCode(400).body("errors.field", hasItem("state"));
    }
}
