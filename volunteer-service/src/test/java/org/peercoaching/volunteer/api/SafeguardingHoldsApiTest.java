package org.peercoaching.volunteer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.volunteer.Coaches.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.volunteer.Coaches;
import org.peercoaching.volunteer.TestClock;
import org.peercoaching.volunteer.domain.SafeguardingJob;

/**
 * Safeguarding holds and DBS reminders as time passes (the service's clock shifted, the job run as the hourly
 * schedule or the simulated clock runs it), through the API and the real broker.
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class SafeguardingHoldsApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TestClock clock;

    @Inject
    SafeguardingJob job;

    @Inject
    Outbox outbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static LocalDate today() {
        return LocalDate.now(java.time.Clock.systemUTC().withZone(ZoneId.of("Europe/London")));
    }

    void daysFromNow(int days) {
        clock.shift(Duration.ofDays(days));
    }

    /**
     * Every event about this coach on the volunteers topic whose payload contains {@code marker}, in order, once the
     * outbox has sent everything committed so far: an exact count, so "once" can be checked.
     */
    List<String> events(String coachId, String marker) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.unsent() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return TopicReader.readAll(bootstrap, "volunteers").stream().map(ConsumerRecord::value)
                .filter(v -> v.contains(coachId) && v.contains(marker)).toList();
    }

    int reminders(String coachId) {
        return events(coachId, "volunteer.dbs-renewal-reminder.v1").size();
    }

    @Test
    void theCoordinatorIsRemindedSixtyThirtyAndSevenDaysBeforeARenewalOnceEachEvenWithTwoReplicasRunning()
            throws Exception {
        String id = Coaches.aCoach().named("Renee").ready();
        Coaches.recordDbs(id, today().minusYears(3).plusDays(61), today().plusDays(61));
        job.runDue();
        assertEquals(0, reminders(id));

        daysFromNow(1);
        // two replicas run the job at the same moment: the coach's row lock lets only one send the reminder
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(job::runDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(job::runDue);
        one.get();
        two.get();
        List<String> sixty = events(id, "\"daysBefore\":60");
        assertEquals(1, sixty.size());
        assertTrue(sixty.get(0).contains("\"renewalDue\":\"" + today().plusDays(61) + "\""), sixty.get(0));

        daysFromNow(31);
        job.runDue();
        job.runDue();
        assertEquals(1, events(id, "\"daysBefore\":30").size());
        daysFromNow(54);
        job.runDue();
        assertEquals(1, events(id, "\"daysBefore\":7").size());
        daysFromNow(60);
        job.runDue();
        assertEquals(3, reminders(id), "60, 30 and 7 days, once each");
    }

    @Test
    void aCoachWhoseDbsRenewalDatePassesIsOnHoldAfterOneJobRunAndANewCheckLiftsItAtOnce() {
        String id = Coaches.aCoach().named("Dora").active();
        LocalDate renewal = today().plusDays(10);
        Coaches.recordDbs(id, today().minusYears(3).plusDays(10), renewal);
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(0));

        daysFromNow(10);
        // the roster reads the hold at once; matching learns it from the job's event
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(1))
                .body("holds[0].reason", equalTo("DBS_EXPIRED"))
                .body("holds[0].since", equalTo(renewal.toString()))
                .body("holds[0].description", equalTo("On hold: DBS check expired on "
                        + renewal.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        job.runDue();
        List<String> onHold = events(id, "\"holds\":[{\"reason\":\"DBS_EXPIRED\"");
        assertEquals(1, onHold.size());
        assertTrue(onHold.get(0).contains("volunteer.updated.v2"), onHold.get(0));
        job.runDue();
        assertEquals(1, events(id, "\"holds\":[{\"reason\":\"DBS_EXPIRED\"").size(), "published once, not each run");

        Coaches.recordDbs(id, today().plusDays(10), today().plusDays(10).plusYears(3));
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(0));
        List<String> lifted = events(id, "\"dbsRenewalDue\":\"" + today().plusDays(10).plusYears(3) + "\",\"holds\":[]");
        assertEquals(1, lifted.size());
    }

    @Test
    void supervisionOverdueHoldsTheCoachAfterTheGracePeriodAndAttendingLiftsIt() {
        String id = Coaches.aCoach().named("Sunita").active();
        // activated today: supervision due within 31 days, on hold once 14 more have passed
        daysFromNow(45);
        job.runDue();
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(0))
                .body("flags", equalTo(List.of("SUPERVISION_OVERDUE")));

        daysFromNow(46);
        job.runDue();
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(1))
                .body("holds[0].reason", equalTo("SUPERVISION_OVERDUE"))
                .body("holds[0].since", equalTo(today().plusDays(32).toString()));
        assertEquals(1, events(id, "\"reason\":\"SUPERVISION_OVERDUE\"").size());

        given().contentType(ContentType.JSON).body("{\"kind\": \"ONE_TO_ONE\", \"heldOn\": \"" + today().plusDays(46)
                        + "\", \"facilitator\": \"j.okafor\", \"attendees\": [\"" + id + "\"]}")
                .when().post("/api/v1/supervision-sessions").then().statusCode(201);
        given().get("/api/v1/volunteers/" + id).then().body("holds", hasSize(0)).body("flags", hasSize(0));
        List<String> updates = events(id, "volunteer.updated.v2");
        assertTrue(updates.get(updates.size() - 1).contains("\"holds\":[]"), updates.get(updates.size() - 1));
    }
}
