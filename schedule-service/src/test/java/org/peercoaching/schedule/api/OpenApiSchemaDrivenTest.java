package org.peercoaching.schedule.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.schedule.Fixtures;
import org.peercoaching.schedule.MovableClock;

/**
 * Every operation in the live OpenAPI document, driven from its schemas: a plausible valid request with a token
 * of a role the operation allows, then mutations of it (each required field missing, wrong JSON types, nulls,
 * 100k strings, bad enum values, garbage path ids, bad query values, empty and non-JSON bodies, wrong media
 * types, no or a garbage token). The contract filter (module contract-testing) holds every answer to the document:
 * no 5xx, only declared statuses, problem+json errors, bodies matching their schema, and nothing the document
 * calls invalid accepted. Seeded, so a failure can be repeated exactly.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OpenApiSchemaDrivenTest {

    static final long SEED = 15L;
    static final String COORDINATOR = "coord-schema";
    /** What a valid request may be answered: done, or refused by the state of the records (gone, done, a rule). */
    static final Set<Integer> PLAUSIBLE = Set.of(200, 201, 204, 404, 409, 422);
    private static final RestAssuredConfig CONFIG = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** What one operation got: the role whose token it was sent with, and the statuses of its answers. */
    record Coverage(String role, int validStatus, Map<Integer, Integer> statuses) {}

    @Test
    void everyOperationAnswersEveryGeneratedRequestAsTheDocumentDeclares() {
        Fixtures.Matched matched = Fixtures.matchedCoach(bootstrap, COORDINATOR);
        String coordinator = DevTokens.coordinator(COORDINATOR);
        String coach = DevTokens.volunteer(matched.coach());
        String callId = Fixtures.as(coordinator).get("/api/v1/plans/" + matched.planId()).then().statusCode(200)
                .extract().path("calls[0].callId");
        String alertId = Fixtures.as(coach).contentType(ContentType.JSON)
                .body("{\"category\":\"CRISIS\",\"detail\":\"Said they felt unsafe tonight\"}")
                .post("/api/v1/calls/" + callId + "/escalations").then().statusCode(201).extract().path("alertId");
        String feedToken = Fixtures.as(coach).post("/api/v1/coaches/" + matched.coach() + "/calendar-token").then()
                .statusCode(201).extract().path("token");

        Map<String, String> known = new LinkedHashMap<>();
        known.put("coachId", matched.coach().toString());
        known.put("planId", matched.planId());
        known.put("referralId", matched.referral().toString());
        known.put("callId", callId);
        known.put("alertId", alertId);
        known.put("token", feedToken);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("COORDINATOR", coordinator);
        roles.put("VOLUNTEER", coach);
        roles.put("ADMIN", DevTokens.admin("admin-1"));

        JsonNode document = OpenApiRequestGenerator.read(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                        .extract().asString());
        OpenApiRequestGenerator generator = new OpenApiRequestGenerator(document, SEED, known);
        List<OpenApiRequestGenerator.Operation> operations = new ArrayList<>(generator.operations("/api/"));
        // reads first, so they see the records before the writes change them; the calendar token is rotated last
        operations.sort(Comparator.comparing((OpenApiRequestGenerator.Operation o) -> !o.method().equals("get"))
                .thenComparing(o -> o.path().contains("calendar-token")));

        Map<String, Coverage> coverage = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        int sent = 0;
        for (OpenApiRequestGenerator.Operation op : operations) {
            List<OpenApiRequestGenerator.Request> valids = generator.validRequests(op);
            String role = null;
            int validStatus = -1;
            Map<Integer, Integer> statuses = new TreeMap<>();
            // the first role whose token the operation takes
            for (Map.Entry<String, String> candidate : roles.entrySet()) {
                validStatus = send(valids.get(0), candidate.getValue(), defects, statuses);
                sent++;
                if (validStatus != 401 && validStatus != 403) {
                    role = candidate.getKey();
                    break;
                }
            }
            String token = role == null ? null : roles.get(role);
            // a rule the document cannot state may refuse the fullest request: then a smaller one must do
            for (int i = 1; i < valids.size() && !PLAUSIBLE.contains(validStatus); i++) {
                validStatus = send(valids.get(i), token, defects, statuses);
                sent++;
            }
            for (OpenApiRequestGenerator.Request mutation : generator.mutations(valids.get(0))) {
                send(mutation, token, defects, statuses);
                sent++;
            }
            coverage.put(op.key(), new Coverage(role, validStatus, statuses));
        }

        System.out.printf("%nSchema-driven requests (seed %d): %d sent to %d operations"
                + " (answers: status -> count; 0 = connection closed on an over-long request, -1 = contract broken)%n",
                SEED, sent, operations.size());
        coverage.forEach((key, c) -> System.out.printf("  %-55s as %-11s valid -> %d; answers %s%n", key, c.role(),
                c.validStatus(), c.statuses()));
        defects.forEach(d -> System.out.println("DEFECT " + d));

        Set<String> documented = operations.stream().map(OpenApiRequestGenerator.Operation::key)
                .collect(Collectors.toSet());
        Set<String> answered = coverage.entrySet().stream()
                .filter(e -> e.getValue().statuses().entrySet().stream().filter(s -> s.getKey() > 0)
                        .mapToInt(Map.Entry::getValue).sum() >= 5)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(documented.contains("POST /api/v1/calls/{callId}/outcome"), "the document lists " + documented);
        assertEquals(documented, answered, "every operation under /api/ answered at least 5 generated requests");
        assertEquals(List.of(), defects, defects.size() + " answers broke the contract");
        coverage.forEach((key, c) -> {
            assertTrue(c.role() != null, key + ": no role's token was allowed");
            assertTrue(PLAUSIBLE.contains(c.validStatus()),
                    key + ": the plausible valid request was answered " + c.validStatus());
        });
    }

    /** Sends the request; a contract failure is recorded with what was sent, and the run goes on. */
    private static int send(OpenApiRequestGenerator.Request r, String token, List<String> defects,
            Map<Integer, Integer> statuses) {
        RequestSpecification spec = given().config(CONFIG);
        if (r.signedIn() && token != null && !r.headers().containsKey("Authorization")) {
            spec.header("Authorization", "Bearer " + token);
        }
        r.headers().forEach(spec::header);
        if (r.accept() != null) {
            spec.accept(r.accept());
        }
        r.pathValues().forEach(spec::pathParam);
        r.query().forEach((name, value) -> {
            if (value != null) {
                spec.queryParam(name, value);
            }
        });
        if (r.contentType() != null) {
            spec.contentType(r.contentType());
        }
        if (r.body() != null) {
            spec.body(r.body());
        }
        try {
            Response response = spec.request(r.operation().method().toUpperCase(), r.operation().path());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            return response.statusCode();
        } catch (AssertionError | Exception e) { // Groovy lets a checked IOException through undeclared
            if (r.overServerLimits() && e instanceof java.io.IOException) {
                // the server refused the over-long request and closed the connection before it was all sent
                statuses.merge(0, 1, Integer::sum);
                return 0;
            }
            String message = (e instanceof AssertionError ? "" : e.getClass().getSimpleName() + ": ")
                    + e.getMessage();
            defects.add(r.operation().key() + " [" + r.label() + "]: "
                    + (message.length() > 1500 ? message.substring(0, 1500) + "..." : message));
            statuses.merge(-1, 1, Integer::sum);
            return -1;
        }
    }
}
