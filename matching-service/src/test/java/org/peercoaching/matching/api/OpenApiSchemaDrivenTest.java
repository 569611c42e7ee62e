package org.peercoaching.matching.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.contract.SchemaDrivenProbe;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.domain.coach.CoachRepository;

/**
 * Every operation of the live OpenAPI document, sent many requests built from its own schemas (a fixed seed, so
 * the same requests each run): valid ones, then one mutation at a time. The contract filter on every RestAssured
 * call fails any 5xx, any answer the document does not declare (status, media type, body) and any request the
 * document calls invalid that the service accepted; this test collects them all and fails listing every one.
 */
@QuarkusTest
@TestProfile(OpenApiSchemaDrivenTest.ProbeProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class OpenApiSchemaDrivenTest {

    static final long SEED = 20_261_206L;

    /** A database and topics of its own, and an intake rate limit that the probe's referrals do not reach. */
    public static class ProbeProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(IsolatedDatabaseProfile.overrides("probe"));
            overrides.putAll(Map.of("peercoaching.intake.rate-limit.per-second", "100000",
                    "peercoaching.intake.rate-limit.burst", "100000"));
            return overrides;
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.volunteers.topic")
    String volunteersTopic;

    @Inject
    CoachRepository coaches;

    @Test
    void everyOperationAnswersEveryRequestAsItsDocumentSays() throws IOException {
        // Records to aim at: a coach of coord-a, a person matched with them and one waiting.
        UUID coach = UUID.randomUUID();
        TopicReader.send(bootstrap, volunteersTopic, coach.toString(),
                Fixtures.volunteerRegistered(coach, "Maria", "FEMALE"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> coaches.findById(coach)) != null);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            referrals.add(Fixtures.asPathway().contentType(ContentType.JSON)
                    .body(Fixtures.referral("PROBE-" + i, null)).when().post("/api/v1/referrals")
                    .then().statusCode(201).extract().path("id"));
        }
        List<String> matches = Fixtures.asCoordinator().when().get("/api/v1/matches?status=CONFIRMED")
                .then().statusCode(200).extract().jsonPath().getList("id");
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), document); // what was probed, to read after a failure

        SchemaDrivenProbe.Report report = SchemaDrivenProbe.of(document, SEED)
                .role("pathway", Fixtures::asPathway)
                .role("coordinator", Fixtures::asCoordinator)
                .role("admin", () -> Fixtures.as(Fixtures.ADMIN_TOKEN))
                .pathValues((method, path, parameter) -> switch (parameter) {
                    case "id" -> path.startsWith("/api/v1/matches") ? matches : referrals;
                    case "partition", "offset" -> List.of("0");
                    default -> List.of();
                })
                .bodyValues("volunteerId", List.of(coach.toString()))
                .run();

        System.out.println("Schema-driven probe (seed " + SEED + "): " + report.summary());
        Files.write(Path.of("target", "schema-probe.txt"), report.sent().stream()
                .map(s -> s.operation() + " as " + s.role() + " | " + s.kind() + " -> " + s.status()
                        + (s.defect() != null ? " DEFECT" : ""))
                .toList());
        report.refusedValid().forEach(s -> System.out.println("  valid by the document, refused: " + s.operation()
                + " (" + s.kind() + ") " + s.status() + " " + s.answer()));
        report.defects().forEach(d -> System.out.println("  DEFECT " + d.operation() + " as " + d.role() + ", "
                + d.defect()));
        assertTrue(report.uncovered().isEmpty(), "operations no role could call: " + report.uncovered());
        assertEquals(report.operations().size(), report.roles().size(), "every operation probed");
        assertTrue(report.operations().size() >= 20, "the whole API: " + report.operations());
        report.operations().forEach(op -> assertTrue(report.sent().stream()
                .filter(s -> s.operation().equals(op)).count() >= 10, op + " had many requests"));
        List<SchemaDrivenProbe.Sent> defects = report.defects();
        assertTrue(defects.isEmpty(), defects.size() + " answers break the contract:\n" + defects.stream()
                .map(d -> d.operation() + " as " + d.role() + ", " + d.defect())
                .map(text -> text.length() > 1_500 ? text.substring(0, 1_500) + "..." : text)
                .collect(Collectors.joining("\n\n")));
    }
}
