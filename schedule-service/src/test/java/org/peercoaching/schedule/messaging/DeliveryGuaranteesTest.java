package org.peercoaching.schedule.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.Fixtures.ADMIN;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.asCoordinator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.Fixtures;

/**
 * Each event is applied once, however often it arrives; an event that can never be applied is set aside
 * with its reason without holding up the next; and a set-aside event can be replayed once its cause is fixed.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class DeliveryGuaranteesTest {

    static final String DEAD_LETTERS = "dead-letters.schedule-service";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void replayingTheWholeMatchesTopicFromTheStartChangesNothing() {
        Fixtures.Matched first = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID);
        Fixtures.Matched second = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID);
        TopicReader.awaitConsumed(bootstrap, "schedule-service", "matches", Duration.ofSeconds(60));
        String before = plans(first) + plans(second);
        String alertsBefore = asCoordinator().get("/api/v1/alerts").then().statusCode(200).extract().asString();

        List<ConsumerRecord<String, String>> everything = TopicReader.readAll(bootstrap, "matches");
        assertTrue(everything.size() >= 2, "the topic holds the matches");
        for (ConsumerRecord<String, String> record : everything) {
            TopicReader.send(bootstrap, "matches", record.key(), record.value());
        }
        TopicReader.awaitConsumed(bootstrap, "schedule-service", "matches", Duration.ofSeconds(60));

        assertEquals(before, plans(first) + plans(second), "the same plans and calls, none added");
        assertEquals(alertsBefore, asCoordinator().get("/api/v1/alerts").then().statusCode(200).extract().asString());
    }

    @Test
    void unreadableAndNewerVersionEventsAreSetAsideWithReasonsAndTheNextGoodEventIsApplied() {
        String marker = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "matches", "poison-" + marker, "{ this is not json " + marker);
        UUID newerId = UUID.randomUUID();
        UUID coach = UUID.randomUUID();
        String newer = Fixtures.matchConfirmed(coach, UUID.randomUUID(), UUID.randomUUID(), null)
                .replace("\"match.confirmed.v1\"", "\"match.confirmed.v2\"")
                .replaceFirst("\"id\" : \"[^\"]+\"", "\"id\" : \"" + newerId + "\"");
        TopicReader.send(bootstrap, "matches", "newer-" + marker, newer);
        Fixtures.Matched good = Fixtures.matchedCoach(bootstrap, Fixtures.COORDINATOR_ID);

        List<ConsumerRecord<String, String>> unreadable = TopicReader.awaitRecords(bootstrap, DEAD_LETTERS,
                v -> v.contains("this is not json " + marker), 1, Duration.ofSeconds(60));
        assertEquals(1, unreadable.size());
        assertTrue(reason(unreadable.get(0)).contains("not a readable"), reason(unreadable.get(0)));
        List<ConsumerRecord<String, String>> newerVersion = TopicReader.awaitRecords(bootstrap, DEAD_LETTERS,
                v -> v.contains(newerId.toString()), 1, Duration.ofSeconds(60));
        assertEquals(1, newerVersion.size());
        assertTrue(reason(newerVersion.get(0)).contains("match.confirmed.v2 is a version this service does not understand"),
                reason(newerVersion.get(0)));
        assertEquals("matches", header(newerVersion.get(0), "dead-letter-topic"));

        assertEquals(1, asCoordinator().queryParam("referralId", good.referral()).get("/api/v1/plans")
                .then().statusCode(200).extract().jsonPath().getList("$").size(), "the good event after them applied");

        // operators see them, with the reason and the event's id and type but none of its data
        String listing = as(ADMIN).get("/api/v1/dead-letters").then().statusCode(200)
                .body("eventId", hasItem(newerId.toString()))
                .body("eventType", hasItem("match.confirmed.v2"))
                .extract().asString();
        assertTrue(!listing.contains("07700"), "no phone numbers in the listing");
        as(Fixtures.COORDINATOR).get("/api/v1/dead-letters").then().statusCode(403);
    }

    @Test
    void aDeadLetterReplayedOnceItsCauseIsFixedIsAppliedExactlyOnce() {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Fixtures.assign(bootstrap, coach);
        // as if it had failed while the database was away for longer than the consumer retries
        String event = Fixtures.matchConfirmed(coach, match, referral, null);
        RecordMetadata where = TopicReader.send(bootstrap, DEAD_LETTERS, match.toString(), event, Map.of(
                "dead-letter-reason", "Simulated: the database was unreachable",
                "dead-letter-topic", "matches", "dead-letter-partition", "0", "dead-letter-offset", "0"));
        String replay = "/api/v1/dead-letters/" + where.partition() + "/" + where.offset() + "/replay";

        as(ADMIN).post(replay).then().statusCode(200).body("originalTopic", org.hamcrest.Matchers.equalTo("matches"));
        String plan = Fixtures.awaitPlan(referral).prettify();

        as(ADMIN).post(replay).then().statusCode(409).contentType("application/problem+json");
        as(ADMIN).queryParam("again", true).post(replay).then().statusCode(200)
                .body("replays.size()", org.hamcrest.Matchers.equalTo(2));
        TopicReader.awaitConsumed(bootstrap, "schedule-service", "matches", Duration.ofSeconds(60));
        assertEquals(plan, Fixtures.plan(referral).prettify(), "replaying again changed nothing");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> asCoordinator()
                .queryParam("referralId", referral).get("/api/v1/plans").then().extract().jsonPath().getList("$").size() == 1);
    }

    private static String plans(Fixtures.Matched matched) {
        return asCoordinator().queryParam("referralId", matched.referral()).get("/api/v1/plans")
                .then().statusCode(200).extract().asString();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return header(record, "dead-letter-reason");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
