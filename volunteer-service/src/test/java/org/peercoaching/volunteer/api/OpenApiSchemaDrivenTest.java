package org.peercoaching.volunteer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.volunteer.Coaches;
import org.peercoaching.volunteer.api.OpenApiRequests.Call;
import org.peercoaching.volunteer.api.OpenApiRequests.Operation;

/**
 * Every operation of the live OpenAPI document, driven from its schemas: a plausible valid request, signed in
 * with a role the operation allows, then its mutations (see {@link OpenApiRequests}). The contract filter on every
 * call checks there is no 5xx, that the answer is declared (status, problem+json, schema) and that nothing the
 * document calls invalid is accepted; this test collects what it finds, prints a summary and asserts every
 * operation was covered. Seeded: the same requests on every run.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class OpenApiSchemaDrivenTest {

    static final long SEED = 20_261_206L;
    /** A coordinator of this test's own, so that no other test's roster changes. */
    static final String COORDINATOR = "coord-schema-driven";
    static final String OTHER_COORDINATOR = "coord-schema-driven-2";
    static final String COORDINATOR_TOKEN = DevTokens.coordinator(COORDINATOR);
    static final String ADMIN_TOKEN = DevTokens.admin("admin-schema-driven");

    /**
     * Operations service-kit serves in every service, owned by another piece of work (#15): what they break is
     * printed, not asserted here. Their own tests hold them to the document.
     */
    static final List<String> KIT_OWNED = List.of("/api/v1/audit", "/api/v1/dead-letters", "/api/v1/clock");

    record Outcome(String operation, String role, String label, int status, String failure) {
        boolean kitOwned() {
            String path = operation.substring(operation.indexOf(' ') + 1);
            return KIT_OWNED.stream().anyMatch(path::startsWith);
        }
    }

    @Test
    void everyOperationAnswersEveryGeneratedRequestAsTheDocumentSays() throws IOException {
        JsonNode document = OpenApiRequests.parse(RestAssured.given().get("/q/openapi?format=json").asString());
        LocalDate today = today();
        String attendee = Coaches.aCoach().registeredBy(COORDINATOR).competence(2).active();
        String csv = Files.readString(Path.of("../docs/examples/volunteers.csv"), StandardCharsets.UTF_8);
        OpenApiRequests requests = new OpenApiRequests(document, new Random(SEED), new Hints(attendee, csv), today);

        List<Operation> operations = requests.operations("/api/");
        assertTrue(operations.size() > 20, "the document lists the API: " + operations.size() + " operations");
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> roles = new TreeMap<>();
        for (Operation operation : operations) {
            Map<String, String> ids = pathValues(operation);
            Call valid = requests.valid(operation, ids);
            List<String[]> tokens = List.of(new String[] {"coordinator", COORDINATOR_TOKEN},
                    new String[] {"admin", ADMIN_TOKEN},
                    new String[] {"volunteer", DevTokens.volunteer(UUID.fromString(
                            ids.getOrDefault("id", attendee)))});
            String[] role = tokens.get(0);
            Outcome first = null;
            for (String[] candidate : tokens) {
                role = candidate;
                first = send(operation, role, valid);
                if (first.status() != 403 && first.status() != 401) {
                    break;
                }
            }
            outcomes.add(first);
            roles.put(operation.key(), role[0]);
            for (Call mutation : requests.mutations(operation, valid)) {
                outcomes.add(send(operation, role, mutation));
            }
        }

        List<String> failures = outcomes.stream().filter(o -> o.failure() != null && !o.kitOwned())
                .map(OpenApiSchemaDrivenTest::describe).toList();
        List<String> kitFailures = outcomes.stream().filter(o -> o.failure() != null && o.kitOwned())
                .map(OpenApiSchemaDrivenTest::describe).toList();
        System.out.println(summary(operations, roles, outcomes));
        if (!kitFailures.isEmpty()) {
            System.out.println("Broken by service-kit's own operations (not asserted here):\n  "
                    + String.join("\n  ", kitFailures));
        }
        if (!failures.isEmpty()) {
            System.out.println("Broken:\n  " + String.join("\n  ", failures));
        }
        assertEquals(List.of(), failures, failures.size() + " of " + outcomes.size() + " requests broke the contract");

        List<String> uncovered = operations.stream().map(Operation::key)
                .filter(key -> outcomes.stream().noneMatch(o -> o.operation().equals(key) && o.label().equals("valid")
                        && o.status() != 401 && o.status() != 403))
                .toList();
        assertEquals(List.of(), uncovered, "operations no role could reach");
    }

    /**
     * Ids that exist, so that the valid request reaches the operation: a fresh coach for each one, in the status
     * the step starts from, so that the valid request of a lifecycle step succeeds too.
     */
    private static Map<String, String> pathValues(Operation operation) {
        Map<String, String> ids = new LinkedHashMap<>();
        String path = operation.path();
        Coaches coach = Coaches.aCoach().registeredBy(COORDINATOR).competence(2);
        if (path.equals("/api/v1/volunteers/{id}/start-training")) {
            ids.put("id", coach.applicant());
        } else if (path.equals("/api/v1/volunteers/{id}/complete-training")) {
            String id = coach.applicant();
            step(id, "start-training", null);
            step(id, "training/modules-completed", "{\"completedOn\": \"" + today().minusDays(3) + "\"}");
            step(id, "training/practice-sessions",
                    "{\"heldOn\": \"" + today().minusDays(2) + "\", \"facilitator\": \"s.patel\"}");
            ids.put("id", id);
        } else if (path.equals("/api/v1/volunteers/{id}/activate")) {
            String id = coach.ready();
            Coaches.as(COORDINATOR_TOKEN).contentType("application/json")
                    .body("{\"issuedOn\": \"" + today().minusDays(30) + "\", \"renewalDue\": \""
                            + today().plusYears(3) + "\"}")
                    .when().put("/api/v1/volunteers/" + id + "/dbs").then().statusCode(200);
            ids.put("id", id);
        } else if (path.equals("/api/v1/volunteers/{id}/resume")) {
            String id = coach.active();
            step(id, "pause", "{\"reason\": \"Holiday\"}");
            ids.put("id", id);
        } else if (path.startsWith("/api/v1/volunteers/{id}")) {
            ids.put("id", coach.active());
        } else if (path.startsWith("/api/v1/supervision-sessions/{id}")) {
            String attendee = coach.active();
            ids.put("id", Coaches.as(COORDINATOR_TOKEN).contentType("application/json")
                    .body("{\"kind\": \"GROUP\", \"heldOn\": \"" + today() + "\", \"facilitator\": \"s.patel\","
                            + " \"attendees\": [\"" + attendee + "\"]}")
                    .when().post("/api/v1/supervision-sessions").then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    private static void step(String id, String action, String body) {
        RequestSpecification request = Coaches.as(COORDINATOR_TOKEN).contentType("application/json");
        if (body != null) {
            request.body(body);
        }
        int status = request.when().post("/api/v1/volunteers/" + id + "/" + action).then().extract().statusCode();
        assertTrue(status == 200 || status == 201, action + " answered " + status);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** What the document cannot say: codes the service knows, ids of this test's records. */
    private record Hints(String attendee, String csv) implements OpenApiRequests.Hints {
        @Override
        public Optional<JsonNode> value(Operation operation, String name) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (name) {
                case "conditionCodes" -> Optional.of(nodes.arrayNode().add("69896004"));
                case "languages" -> Optional.of(nodes.arrayNode().add("en").add("ur"));
                case "attendees" -> Optional.of(nodes.arrayNode().add(attendee));
                // Give the coach to another of this test's coordinators, not to coord-a of the other tests.
                case "coordinatorId" -> Optional.of(nodes.textNode(OTHER_COORDINATOR));
                // The clock takes exactly one of by and to.
                case "to" -> operation.path().equals("/api/v1/clock/advance")
                        ? Optional.of(MissingNode.getInstance()) : Optional.empty();
                // No dead letter has this offset: a replay must not disturb the consumer tests.
                case "offset" -> Optional.of(nodes.textNode("999999999"));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<String> body(Operation operation, String mediaType) {
            return mediaType.startsWith("text/") ? Optional.of(csv) : Optional.empty();
        }
    }

    private static Outcome send(Operation operation, String[] role, Call call) {
        RequestSpecification request = RestAssured.given()
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", "Bearer " + role[1])
                .pathParams(call.pathParams());
        call.query().forEach((name, values) -> request.queryParam(name, values));
        if (call.contentType() != null) {
            request.contentType(call.contentType());
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        try {
            Response response = request.request(operation.method().toUpperCase(java.util.Locale.ROOT),
                    operation.path());
            return new Outcome(operation.key(), role[0], call.label(), response.statusCode(), null);
        } catch (AssertionError | Exception e) {
            String message = String.valueOf(e.getMessage());
            return new Outcome(operation.key(), role[0], call.label(), -1,
                    abbreviate(message.replace(OpenApiRequests.LONG_ADDRESS_PART, "x...x")));
        }
    }

    private static String abbreviate(String message) {
        return message.length() > 1500 ? message.substring(0, 1500) + "..." : message;
    }

    private static String describe(Outcome o) {
        return o.operation() + " [" + o.label() + "] as " + o.role() + ": " + o.failure();
    }

    private static String summary(List<Operation> operations, Map<String, String> roles, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("\nSchema-driven requests (seed " + SEED + "): " + outcomes.size()
                + " requests to " + operations.size() + " operations\n");
        for (Operation operation : operations) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.operation().equals(operation.key())).toList();
            Map<Integer, Long> statuses = new TreeMap<>();
            mine.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
            int valid = mine.stream().filter(o -> o.label().equals("valid")).findFirst().map(Outcome::status).orElse(0);
            out.append(String.format("  %-58s as %-11s valid -> %3d; %3d requests %s%n", operation.key(),
                    roles.get(operation.key()), valid, mine.size(), statuses));
        }
        return out.toString();
    }
}
