package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.asCoordinator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.domain.call.CallRepository;

@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class WeeklyCallListApiTest {

    static final String GOLDEN_COACH = "0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CallRepository calls;

    static String golden() throws IOException {
        try (InputStream in = WeeklyCallListApiTest.class.getResourceAsStream("/golden/match.confirmed.v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String matchConfirmed(UUID coachId, UUID matchId) throws IOException {
        return golden()
                .replace("c1f0e6a2-7b1d-4e0f-8a59-2d6c4b3a1f00", UUID.randomUUID().toString())
                .replace("5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e", matchId.toString())
                .replace(GOLDEN_COACH, coachId.toString());
    }

    long callsOf(UUID coachId) {
        return QuarkusTransaction.requiringNew().call(() -> calls.count("coachId", coachId));
    }

    @Test
    void aConfirmedMatchBooksEightWeeklyCallsShownInTheCoachsWeek() throws IOException {
        UUID coach = UUID.randomUUID();
        TopicReader.send(bootstrap, "matches", "m", matchConfirmed(coach, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> callsOf(coach) == 8);

        asCoach(coach).queryParam("week", "2026-W48")
                .when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/London"))
                .body("calls", hasSize(1))
                .body("calls[0].personFirstName", equalTo("Brian"))
                .body("calls[0].phone", equalTo("07700 900123"))
                .body("calls[0].startsAt", equalTo("2026-11-24T18:00:00Z"))
                .body("calls[0].when", equalTo("Tuesday 24 November, 6pm"))
                .body("calls[0].stage", equalTo("WEEKLY"))
                .body("calls[0].callNumber", equalTo(1))
                .body("calls[0].totalCalls", equalTo(14))
                .body("calls[0].recordFrom", equalTo("2026-11-24T17:00:00Z"));
        asCoach(coach).queryParam("week", "2027-W02").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200).body("calls[0].callNumber", equalTo(8));
        asCoach(coach).queryParam("week", "2027-W03").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200).body("calls", hasSize(0));
    }

    @Inject
    org.peercoaching.schedule.MovableClock clock;

    @org.junit.jupiter.api.AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void everyWeekNamesTheCoachsNextCallFromNowEvenAWeekWithNoCalls() throws IOException {
        UUID coach = UUID.randomUUID();
        TopicReader.send(bootstrap, "matches", "m", matchConfirmed(coach, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> callsOf(coach) == 8);
        asCoach(coach).queryParam("week", "2027-W03").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200)
                .body("calls", hasSize(0))
                .body("nextCall.personFirstName", equalTo("Brian"))
                .body("nextCall.startsAt", equalTo("2026-11-24T18:00:00Z"))
                .body("nextCall.when", equalTo("Tuesday 24 November, 6pm"));
        // Saturday 28 November: this week's only call has been and gone; the next is on Tuesday
        clock.set(java.time.Instant.parse("2026-11-28T10:00:00Z"));
        String second = asCoach(coach).queryParam("week", "2026-W49").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200).extract().path("calls[0].callId");
        asCoach(coach).queryParam("week", "2026-W48").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200)
                .body("nextCall.callId", equalTo(second))
                .body("nextCall.when", equalTo("Tuesday 1 December, 6pm"));
        clock.set(java.time.Instant.parse("2027-06-01T10:00:00Z"));
        asCoach(coach).queryParam("week", "2027-W22").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200).body("nextCall", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theSameMatchDeliveredTwiceOrAnnouncedTwiceBooksItsCallsOnce() throws IOException {
        UUID coach = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        String event = matchConfirmed(coach, match);
        TopicReader.send(bootstrap, "matches", match.toString(), event);
        TopicReader.send(bootstrap, "matches", match.toString(), event);
        TopicReader.send(bootstrap, "matches", match.toString(), matchConfirmed(coach, match));
        UUID marker = UUID.randomUUID();
        TopicReader.send(bootstrap, "matches", match.toString(), matchConfirmed(marker, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> callsOf(marker) == 8);
        assertEquals(8, callsOf(coach));
    }

    @Test
    void aSecondPersonForTheSameCoachIsBookedAtAnotherTime() throws IOException {
        UUID coach = UUID.randomUUID();
        TopicReader.send(bootstrap, "matches", "a", matchConfirmed(coach, UUID.randomUUID()));
        TopicReader.send(bootstrap, "matches", "a", matchConfirmed(coach, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).until(() -> callsOf(coach) == 16);
        asCoach(coach).queryParam("week", "2026-W48").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(200)
                .body("calls", hasSize(2))
                .body("calls[0].when", equalTo("Tuesday 24 November, 6pm"))
                .body("calls[1].when", equalTo("Tuesday 24 November, 6:30pm"));
    }

    @Test
    void aWeekInTheWrongFormatIsA400NamingTheWeekField() {
        UUID coach = UUID.randomUUID();
        asCoach(coach).queryParam("week", "2026-48").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("week"));
        asCoach(coach).queryParam("week", "2027-W53").when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("week"));
        asCoach(coach).when().get("/api/v1/coaches/" + coach + "/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("week"));
    }

    @Test
    void aCoachIdThatIsNotAnIdIsA4xxProblem() {
        asCoordinator().queryParam("week", "2026-W48").when().get("/api/v1/coaches/not-a-uuid/calls")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnreadableMatchEventGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "matches", key, "{\"id\":\"" + key + "\"}");
        assertEquals(1, TopicReader.awaitRecords(bootstrap, "dead-letters.schedule-service", v -> v.contains(key), 1,
                Duration.ofSeconds(30)).size());
    }
}
