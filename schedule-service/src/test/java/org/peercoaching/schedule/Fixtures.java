package org.peercoaching.schedule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.restassured.specification.RequestSpecification;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.TopicReader;

/**
 * Events and requests the schedule tests share: match and volunteer events made from the golden examples,
 * and signed-in requests. The coordinator "coord-a" looks after every coach a test {@link #assign}s.
 */
public final class Fixtures {

    public static final String COORDINATOR_ID = "coord-a";
    public static final String COORDINATOR = DevTokens.coordinator(COORDINATOR_ID);
    public static final String ADMIN = DevTokens.admin("admin-1");
    static final String GOLDEN_VOLUNTEER_EVENT = "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9";

    public static final String GOLDEN_COACH = "0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e";
    static final String GOLDEN_EVENT = "c1f0e6a2-7b1d-4e0f-8a59-2d6c4b3a1f00";
    static final String GOLDEN_MATCH = "5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e";
    static final String GOLDEN_REFERRAL = "7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f";

    private Fixtures() {}

    public static RequestSpecification asCoordinator() {
        return as(COORDINATOR);
    }

    public static RequestSpecification asCoach(UUID coach) {
        return as(DevTokens.volunteer(coach));
    }

    /**
     * A request signed in with the token, sent as a plain Authorization header: RestAssured's auth().oauth2()
     * adds its header after the filters run, so the OpenAPI contract filter would see an unsigned request.
     */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** volunteer.updated.v1 for the coach, saying which coordinator looks after them. */
    public static String volunteerUpdated(UUID coach, String coordinatorId) {
        return volunteerUpdated(UUID.randomUUID(), coach, coordinatorId);
    }

    public static String volunteerUpdated(UUID eventId, UUID coach, String coordinatorId) {
        return golden("volunteer.updated.v1")
                .replace(GOLDEN_VOLUNTEER_EVENT, eventId.toString())
                .replace(GOLDEN_COACH, coach.toString())
                .replace("\"coordinatorId\" : \"coord-amina\"", "\"coordinatorId\" : \"" + coordinatorId + "\"");
    }

    /** Gives the coach to coordinator "coord-a" (on the volunteers topic, as volunteer-service would). */
    public static void assign(String bootstrap, UUID coach) {
        assign(bootstrap, coach, COORDINATOR_ID);
    }

    public static void assign(String bootstrap, UUID coach, String coordinatorId) {
        TopicReader.send(bootstrap, "volunteers", coach.toString(), volunteerUpdated(coach, coordinatorId));
    }

    public static String golden(String type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/golden/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String matchConfirmed(UUID coach, UUID match, UUID referral, UUID replaces) {
        return golden("match.confirmed.v1")
                .replace(GOLDEN_EVENT, UUID.randomUUID().toString())
                .replace(GOLDEN_MATCH, match.toString())
                .replace(GOLDEN_REFERRAL, referral.toString())
                .replace(GOLDEN_COACH, coach.toString())
                .replace("\"replacesMatchId\" : null",
                        "\"replacesMatchId\" : " + (replaces == null ? "null" : "\"" + replaces + "\""));
    }

    /** A re-match whose new coach only calls on Thursday evenings. */
    public static String rematchOnThursdays(UUID coach, UUID match, UUID referral, UUID replaces) {
        return matchConfirmed(coach, match, referral, replaces)
                .replace("\"TUESDAY\",\n      \"start\" : \"17:00:00\"", "\"THURSDAY\",\n      \"start\" : \"17:00:00\"")
                .replace("\"TUESDAY\",\n      \"start\" : \"18:00:00\"", "\"THURSDAY\",\n      \"start\" : \"18:00:00\"");
    }

    public static String matchEnded(UUID match, UUID referral, UUID coach, String reason) {
        return """
                {"specversion":"1.0","id":"%s","source":"matching-service","type":"match.ended.v1",
                 "subject":"%s","time":"2026-12-01T10:00:00Z","datacontenttype":"application/json",
                 "data":{"matchId":"%s","referralId":"%s","volunteerId":"%s","reason":"%s",
                 "endedAt":"2026-12-01T10:00:00Z"}}""".formatted(UUID.randomUUID(), match, match, referral, coach,
                reason);
    }

    /**
     * Waits for the referral's plan and returns it as JSON (GET /api/v1/plans?referralId= as coord-a, so
     * it also waits for coord-a to be given the coach).
     */
    public static JsonPath awaitPlan(UUID referral) {
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoordinator().queryParam("referralId", referral)
                .get("/api/v1/plans").then().statusCode(200).extract().jsonPath().getList("$").size() == 1);
        return plan(referral);
    }

    /** A coach given to the coordinator, matched with one person; waits until the coordinator sees the plan. */
    public record Matched(UUID coach, UUID match, UUID referral, String planId) {}

    public static Matched matchedCoach(String bootstrap, String coordinatorId) {
        return matchedCoach(bootstrap, coordinatorId, (coach, match, referral) -> matchConfirmed(coach, match, referral,
                null));
    }

    /** The match.confirmed event a test sends for this coach, match and person. */
    @FunctionalInterface
    public interface MatchEvent {
        String of(UUID coach, UUID match, UUID referral);
    }

    public static Matched matchedCoach(String bootstrap, String coordinatorId, MatchEvent event) {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        assign(bootstrap, coach, coordinatorId);
        TopicReader.send(bootstrap, "matches", match.toString(), event.of(coach, match, referral));
        String token = DevTokens.coordinator(coordinatorId);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(token).queryParam("referralId", referral)
                .get("/api/v1/plans").then().statusCode(200).extract().jsonPath().getList("$").size() == 1);
        String planId = as(token).queryParam("referralId", referral).get("/api/v1/plans").then().statusCode(200)
                .extract().path("[0].planId");
        return new Matched(coach, match, referral, planId);
    }

    public static JsonPath plan(UUID referral) {
        return new JsonPath(asCoordinator().queryParam("referralId", referral).get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().prettify()).setRootPath("[0]");
    }

    public static List<Map<String, Object>> calls(UUID referral) {
        return plan(referral).getList("calls");
    }

    public static Map<String, Object> call(UUID referral, int number) {
        return calls(referral).stream()
                .filter(c -> ((Integer) c.get("callNumber")) == number && "SCHEDULED".equals(c.get("status")))
                .findFirst().orElseThrow(() -> new AssertionError("no scheduled call " + number));
    }

    public static Instant startOf(Map<String, Object> call) {
        return java.time.OffsetDateTime.parse((String) call.get("startsAt")).toInstant();
    }

    public static io.restassured.response.ValidatableResponse record(Object callId, String body) {
        return asCoordinator().contentType(ContentType.JSON).body(body).post("/api/v1/calls/" + callId + "/outcome")
                .then();
    }

    public static final String COMPLETED = """
            {"outcome":"COMPLETED","durationMinutes":35,"notes":"Talked about walking to the shop",
             "confidence":6,"goals":{"topic":"Getting out","goal":"Walk to the shop twice a week",
             "reality":"Breathless on the hill","options":"Bus one way","wayForward":"Try Tuesday with pacing"}}""";

    public static List<String> scheduleEvents(String bootstrap, String type, String containing, int count) {
        return TopicReader.awaitRecords(bootstrap, "schedule", v -> v.contains(type) && v.contains(containing), count,
                        Duration.ofSeconds(60))
                .stream().map(r -> r.key() + " " + r.value()).toList();
    }
}
