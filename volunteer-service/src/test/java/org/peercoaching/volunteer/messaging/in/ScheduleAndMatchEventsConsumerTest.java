package org.peercoaching.volunteer.messaging.in;

import static org.peercoaching.volunteer.Coaches.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.volunteer.Coaches;

/** Call activity from the schedule topic and capacity from the matches topic, on the real broker. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ScheduleAndMatchEventsConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String envelope(String type, String subject, String data) {
        return envelope(UUID.randomUUID(), type, subject, data);
    }

    static String envelope(UUID eventId, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"test","type":"%s","subject":"%s",
                 "time":"2026-11-23T10:00:00Z","datacontenttype":"application/json","data":%s}
                """.formatted(eventId, type, subject, data);
    }

    static String callRecorded(UUID callId, String volunteerId, String outcome, Integer minutes, Instant startedAt) {
        return """
                {"callId":"%s","planId":"%s","referralId":"%s","volunteerId":"%s","outcome":"%s",
                 "durationMinutes":%s,"callStartedAt":"%s","recordedAt":"%s"}
                """.formatted(callId, UUID.randomUUID(), UUID.randomUUID(), volunteerId, outcome, minutes, startedAt,
                startedAt.plusSeconds(3600));
    }

    JsonPath activity(String coach) {
        return JsonPath.from(given().queryParam("from", "2026-01-01").queryParam("to", "2030-12-31")
                .when().get("/api/v1/volunteers/" + coach + "/activity").then().statusCode(200).extract().asString());
    }

    @Test
    void recordedCallsBecomeTheCoachsHoursAndACorrectedCallCountsOnce() {
        String coach = Coaches.aCoach().active();
        Instant t = Instant.parse("2026-11-24T18:00:00Z");
        UUID first = UUID.randomUUID();
        TopicReader.send(bootstrap, "schedule", "p1", envelope("schedule.call-recorded.v1", "p1",
                callRecorded(first, coach, "NO_ANSWER", null, t)));
        TopicReader.send(bootstrap, "schedule", "p1", envelope("schedule.call-recorded.v1", "p1",
                callRecorded(first, coach, "COMPLETED", 45, t)));
        TopicReader.send(bootstrap, "schedule", "p2", envelope("schedule.call-recorded.v1", "p2",
                callRecorded(UUID.randomUUID(), coach, "COMPLETED", 45, t.plusSeconds(86400 * 7))));
        TopicReader.send(bootstrap, "schedule", "p3", envelope("schedule.call-recorded.v1", "p3",
                callRecorded(UUID.randomUUID(), coach, "NO_ANSWER", null, t.plusSeconds(86400 * 14))));
        // a type volunteer-service does not use is ignored
        TopicReader.send(bootstrap, "schedule", "p1", envelope("schedule.stage-changed.v1", "p1", "{\"planId\":\"x\"}"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(3, activity(coach).getInt("callsRecorded")));
        JsonPath a = activity(coach);
        assertEquals(2, a.getInt("callsCompleted"));
        assertEquals(90, a.getInt("minutes"));
        assertEquals(1.5, a.getDouble("hours"));
        given().queryParam("from", "2026-01-01").queryParam("to", "2030-12-31").when().get("/api/v1/activity")
                .then().statusCode(200);
    }

    @Test
    void aRedeliveredCallEventIsAppliedOnce() {
        String coach = Coaches.aCoach().active();
        UUID eventId = UUID.randomUUID();
        String event = envelope(eventId, "schedule.call-recorded.v1", "p", callRecorded(UUID.randomUUID(), coach,
                "COMPLETED", 30, Instant.parse("2026-11-24T18:00:00Z")));
        TopicReader.send(bootstrap, "schedule", "p", event);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, activity(coach).getInt("callsRecorded")));
        // the same event id with a different call inside: it must not be applied
        TopicReader.send(bootstrap, "schedule", "p", envelope(eventId, "schedule.call-recorded.v1", "p",
                callRecorded(UUID.randomUUID(), coach, "COMPLETED", 30, Instant.parse("2026-11-25T18:00:00Z"))));
        String marker = Coaches.aCoach().active();
        TopicReader.send(bootstrap, "schedule", "m", envelope("schedule.call-recorded.v1", "m",
                callRecorded(UUID.randomUUID(), marker, "COMPLETED", 30, Instant.parse("2026-11-24T18:00:00Z"))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, activity(marker).getInt("callsRecorded")));
        assertEquals(1, activity(coach).getInt("callsRecorded"));
    }

    @Test
    void capacityFromMatchingShowsOnTheRosterAndFiltersByFreeRoom() {
        String coordinator = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        String full = Coaches.aCoach().coordinatedBy(coordinator).active();
        String withRoom = Coaches.aCoach().coordinatedBy(coordinator).active();
        TopicReader.send(bootstrap, "matches", full, envelope("coach.capacity-changed.v1", full, """
                {"volunteerId":"%s","activePeople":2,"peopleByStage":{"WEEKLY":2},"room":0,"changedAt":"2026-11-23T10:00:00Z"}
                """.formatted(full)));
        TopicReader.send(bootstrap, "matches", withRoom, envelope("coach.capacity-changed.v1", withRoom, """
                {"volunteerId":"%s","activePeople":3,"peopleByStage":{"WEEKLY":1,"FORTNIGHTLY":2},"room":2,"changedAt":"2026-11-23T10:00:00Z"}
                """.formatted(withRoom)));
        // an older capacity arriving late changes nothing
        TopicReader.send(bootstrap, "matches", withRoom, envelope("coach.capacity-changed.v1", withRoom, """
                {"volunteerId":"%s","activePeople":0,"peopleByStage":{},"room":2,"changedAt":"2026-11-22T10:00:00Z"}
                """.formatted(withRoom)));
        // a match event volunteer-service does not use is ignored
        TopicReader.send(bootstrap, "matches", "m", envelope("match.proposed.v1", "m", "{\"matchId\":\"x\"}"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().queryParam("coordinator", coordinator).queryParam("minRoom", 1)
                        .when().get("/api/v1/volunteers").then().statusCode(200)
                        .body("items.id", equalTo(List.of(withRoom))));
        given().when().get("/api/v1/volunteers/" + withRoom).then()
                .body("capacity.activePeople", equalTo(3))
                .body("capacity.peopleByStage", equalTo("FORTNIGHTLY=2,WEEKLY=1"))
                .body("capacity.room", equalTo(2));
        given().queryParam("coordinator", coordinator).queryParam("sort", "-room").when().get("/api/v1/volunteers")
                .then().body("items.id", equalTo(List.of(withRoom, full)));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheNextIsStillApplied() {
        String key = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "schedule", key, "not an event " + key);
        String coach = Coaches.aCoach().active();
        TopicReader.send(bootstrap, "schedule", key, envelope("schedule.call-recorded.v1", key,
                callRecorded(UUID.randomUUID(), coach, "COMPLETED", 20, Instant.parse("2026-11-24T18:00:00Z"))));
        List<ConsumerRecord<String, String>> dead = TopicReader.awaitRecords(bootstrap,
                "dead-letters.volunteer-service", v -> v.contains(key), 1, Duration.ofSeconds(60));
        assertEquals(1, dead.size());
        assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, activity(coach).getInt("callsRecorded")));
    }
}
