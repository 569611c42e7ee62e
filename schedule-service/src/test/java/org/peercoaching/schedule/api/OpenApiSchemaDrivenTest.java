package org.peercoaching.schedule.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.contract.SchemaDrivenProbe;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * Every operation in the live OpenAPI document, driven from its schemas by {@link SchemaDrivenProbe}: plausible
 * valid requests with a token of a role the operation allows, then mutations of them (each required field
 * missing, wrong JSON types, nulls, 100k strings, bad enum values, garbage path ids, bad query values, empty,
 * truncated and non-JSON bodies, wrong media types, no or a garbage token). The contract filter (module
 * contract-testing) holds every answer to the document: no 5xx, only declared statuses, problem+json errors,
 * bodies matching their schema, and nothing the document calls invalid accepted. Seeded, so a failure can be
 * repeated exactly.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OpenApiSchemaDrivenTest {

    static final long SEED = 15L;
    static final String COORDINATOR = "coord-schema";
    /** What a valid request may be answered: done, or refused by the state of the records (gone, done, a rule). */
    static final Set<Integer> PLAUSIBLE = Set.of(200, 201, 204, 404, 409, 422);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void everyOperationAnswersEveryGeneratedRequestAsTheDocumentDeclares() {
        Fixtures.Matched matched = Fixtures.matchedCoach(bootstrap, COORDINATOR);
        String coordinator = DevTokens.coordinator(COORDINATOR);
        String coach = DevTokens.volunteer(matched.coach());
        String callId = Fixtures.as(coordinator).get("/api/v1/plans/" + matched.planId()).then().statusCode(200)
                .extract().path("calls[0].callId");
        String document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();

        SchemaDrivenProbe.Report report = SchemaDrivenProbe.of(document, SEED)
                .role("COORDINATOR", () -> Fixtures.as(coordinator))
                .role("VOLUNTEER", () -> Fixtures.as(coach))
                .role("ADMIN", () -> Fixtures.as(DevTokens.admin("admin-1")))
                .parameterValues("coachId", List.of(matched.coach().toString()))
                .parameterValues("planId", List.of(matched.planId()))
                .parameterValues("referralId", List.of(matched.referral().toString()))
                .parameterValues("callId", List.of(callId))
                // each operation starts from the same time (one may have moved the clock), with a fresh alert to
                // close and a fresh calendar feed token (rotating it ends the old one)
                .setUp((method, path) -> {
                    clock.reset();
                    if (path.startsWith("/api/v1/alerts/{alertId}/")) {
                        return Map.of("alertId", Fixtures.as(coach).contentType(ContentType.JSON)
                                .body("{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}")
                                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(201)
                                .extract().path("alertId"));
                    }
                    if (path.equals("/api/v1/calendars/{token}.ics")) {
                        return Map.of("token", Fixtures.as(coach).post("/api/v1/coaches/" + matched.coach()
                                + "/calendar-token").then().statusCode(201).extract().path("token"));
                    }
                    return Map.of();
                })
                .run();

        System.out.printf("%nSchema-driven requests (seed %d): %s", SEED, report.summary());
        report.defects().forEach(d -> System.out.println("DEFECT " + describe(d)));

        Set<String> documented = new TreeSet<>(report.operations());
        Set<String> answered = documented.stream()
                .filter(op -> report.statuses(op).entrySet().stream().filter(s -> s.getKey() > 0)
                        .mapToInt(Map.Entry::getValue).sum() >= 5)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(documented.contains("POST /api/v1/calls/{callId}/outcome"), "the document lists " + documented);
        assertEquals(documented, answered, "every operation under /api/ answered at least 5 generated requests");
        assertEquals(List.of(), report.defects().stream().map(OpenApiSchemaDrivenTest::describe).toList(),
                report.defects().size() + " answers broke the contract");
        assertEquals(List.of(), report.uncovered(), "operations no role's token was allowed to call");
        documented.forEach(op -> assertTrue(PLAUSIBLE.contains(report.validStatus(op)),
                op + ": the plausible valid requests were answered " + report.validStatus(op)));
    }

    private static String describe(SchemaDrivenProbe.Sent s) {
        String text = s.operation() + " [" + s.kind() + "] as " + s.role() + ": " + s.defect();
        return text.length() > 1_500 ? text.substring(0, 1_500) + "..." : text;
    }
}
