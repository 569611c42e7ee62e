package org.peercoaching.volunteer.api;

import static org.peercoaching.volunteer.Coaches.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.volunteer.Coaches;

/** Every lifecycle transition, allowed and refused, and the events the allowed ones put on the real broker. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class LifecycleApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static io.restassured.response.ValidatableResponse act(String id, String action, String body) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/volunteers/" + id + "/" + action).then();
    }

    List<String> typesFor(String id, String version, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(bootstrap, "volunteers",
                v -> v.contains(id) && v.contains("." + version + "\""), count, Duration.ofSeconds(60));
        records.forEach(r -> assertEquals(id, r.key(), "keyed by the volunteer id"));
        return records.stream().map(r -> r.value().replaceAll(".*\"type\":\"([^\"]+)\".*", "$1")).toList();
    }

    @Test
    void aCoachGoesFromApplicantToActiveToPausedToActiveToLeftAndEachStepIsAnEvent() {
        String id = Coaches.aCoach().named("Grace").applicant();
        given().get("/api/v1/volunteers/" + id).then().body("status", equalTo("APPLICANT"));

        act(id, "start-training", null).statusCode(200).body("status", equalTo("IN_TRAINING"));
        Coaches.recordTraining(id);
        act(id, "complete-training", null).statusCode(200).body("status", equalTo("READY"));
        Coaches.recordDbs(id, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3));
        act(id, "activate", null).statusCode(200).body("status", equalTo("ACTIVE"))
                .body("onboarding.practiceSessions", hasSize(1))
                .body("onboarding.dbs.renewalDue", equalTo(LocalDate.now().plusYears(3).toString()));
        String until = LocalDate.now().plusWeeks(3).toString();
        act(id, "pause", "{\"reason\": \"Hip operation\", \"until\": \"" + until + "\"}").statusCode(200)
                .body("status", equalTo("PAUSED")).body("pausedUntil", equalTo(until))
                .body("pausedReason", equalTo("Hip operation"));
        act(id, "resume", null).statusCode(200).body("status", equalTo("ACTIVE")).body("pausedUntil", nullValue());
        act(id, "leave", "{\"reason\": \"Moved away\"}").statusCode(200).body("status", equalTo("LEFT"));

        // each change twice: v2 (with the DBS renewal date and holds) for matching, v1 for readers of v1 only;
        // recording the DBS check is an update too, as v2 carries its renewal date
        List<String> changes = List.of("registered", "updated", "updated", "updated", "activated", "paused", "resumed",
                "left");
        assertEquals(changes.stream().map(c -> "volunteer." + c + ".v2").toList(), typesFor(id, "v2", 8));
        assertEquals(changes.stream().map(c -> "volunteer." + c + ".v1").toList(), typesFor(id, "v1", 8));
    }

    @Test
    void thePausedEventCarriesTheReturnDateButNotTheReasonNorContactDetails() {
        String id = Coaches.aCoach().named("Helen").active();
        act(id, "pause", "{\"reason\": \"Hip operation\", \"until\": \"" + LocalDate.now().plusWeeks(2) + "\"}")
                .statusCode(200);
        List<ConsumerRecord<String, String>> paused = TopicReader.awaitRecords(bootstrap, "volunteers",
                v -> v.contains(id) && v.contains("volunteer.paused.v1"), 1, Duration.ofSeconds(60));
        assertEquals(1, paused.size());
        String event = paused.get(0).value();
        assertFalse(event.contains("Hip operation"));
        assertFalse(event.contains("07700"));
        assertFalse(event.contains("coach@example.org"));
        org.junit.jupiter.api.Assertions.assertTrue(event.contains("\"pausedUntil\":\"" + LocalDate.now().plusWeeks(2) + "\""));
    }

    @Test
    void activatingAnApplicantIsRefusedListingEveryUnmetRequirement() {
        String id = Coaches.aCoach().applicant();
        act(id, "activate", null).statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("transition-refused"))
                .body("errors.field", equalTo(List.of("status", "training.modules", "training.practiceSessions", "dbs")))
                .body("detail", containsString("No live practice session"));
        given().get("/api/v1/volunteers/" + id).then().body("status", equalTo("APPLICANT"));
    }

    @Test
    void aReadyCoachWithoutADbsCheckIsNotActivated() {
        String id = Coaches.aCoach().ready();
        act(id, "activate", null).statusCode(422).body("errors.field", equalTo(List.of("dbs")))
                .body("errors[0].message", containsString("No DBS check"));
    }

    @Test
    void aReadyCoachWithAnExpiredDbsCheckIsNotActivated() {
        String id = Coaches.aCoach().ready();
        Coaches.recordDbs(id, LocalDate.now().minusYears(3), LocalDate.now().minusDays(1));
        act(id, "activate", null).statusCode(422).body("errors.field", equalTo(List.of("dbs")))
                .body("errors[0].message", containsString("due for renewal"));
    }

    @Test
    void completingTrainingWithoutAPracticeSessionIsRefused() {
        String id = Coaches.aCoach().applicant();
        act(id, "start-training", null).statusCode(200);
        act(id, "training/modules-completed", "{\"completedOn\": \"" + LocalDate.now() + "\"}").statusCode(200);
        act(id, "complete-training", null).statusCode(422)
                .body("errors.field", equalTo(List.of("training.practiceSessions")));
    }

    @Test
    void startingTrainingTwiceIsRefused() {
        String id = Coaches.aCoach().applicant();
        act(id, "start-training", null).statusCode(200);
        act(id, "start-training", null).statusCode(422).body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", equalTo(
                        "A coach who is in training cannot start training; that needs a coach who is an applicant."));
    }

    @Test
    void pausingAnyoneButAnActiveCoachIsRefused() {
        String id = Coaches.aCoach().ready();
        act(id, "pause", "{\"reason\": \"Holiday\"}").statusCode(422).body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void resumingACoachWhoIsNotPausedIsRefused() {
        String id = Coaches.aCoach().active();
        act(id, "resume", null).statusCode(422).body("errors.field", equalTo(List.of("status")));
    }

    @Test
    void aPausedCoachWhoseDbsLapsedIsNotResumedUntilTheRenewalIsRecorded() {
        String id = Coaches.aCoach().active();
        act(id, "pause", "{\"reason\": \"Illness\"}").statusCode(200);
        Coaches.recordDbs(id, LocalDate.now().minusYears(3), LocalDate.now().minusDays(2));
        act(id, "resume", null).statusCode(422).body("errors.field", equalTo(List.of("dbs")));
        given().get("/api/v1/volunteers/" + id).then().body("status", equalTo("PAUSED"))
                .body("flags", equalTo(List.of("DBS_EXPIRED")));
        Coaches.recordDbs(id, LocalDate.now().minusDays(1), LocalDate.now().plusYears(3));
        act(id, "resume", null).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPauseNeedsAReasonAndAReturnDateThatIsNotPast() {
        String id = Coaches.aCoach().active();
        act(id, "pause", "{\"until\": \"2020-01-01\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("reason", "until")));
        given().get("/api/v1/volunteers/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void aShortPauseNeedsItsEndDateNoMoreThanSixWeeksAheadAndAKnownKind() {
        String id = Coaches.aCoach().active();
        act(id, "pause", "{\"reason\": \"Holiday\", \"kind\": \"SHORT\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("until")))
                .body("errors.message[0]", containsString("date the coach will be back"));
        act(id, "pause", "{\"reason\": \"Holiday\", \"kind\": \"SHORT\", \"until\": \""
                + LocalDate.now().plusDays(43) + "\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("until")))
                .body("errors.message[0]", containsString("up to 6 weeks"));
        act(id, "pause", "{\"reason\": \"Holiday\", \"kind\": \"HOLIDAY\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")));
        given().get("/api/v1/volunteers/" + id).then().body("status", equalTo("ACTIVE")).body("pauseKind", nullValue());
    }

    @Test
    void aShortPauseIsKeptAndPublishedWithItsKindAndAPauseWithoutAKindIsLong() {
        String shortId = Coaches.aCoach().named("Ivy").active();
        String until = LocalDate.now().plusDays(42).toString();
        act(shortId, "pause", "{\"reason\": \"Holiday\", \"kind\": \"SHORT\", \"until\": \"" + until + "\"}")
                .statusCode(200).body("status", equalTo("PAUSED")).body("pauseKind", equalTo("SHORT"))
                .body("pausedUntil", equalTo(until));
        String longId = Coaches.aCoach().named("Jude").active();
        act(longId, "pause", "{\"reason\": \"Illness\"}").statusCode(200).body("pauseKind", equalTo("LONG"));
        for (String version : List.of("v1", "v2")) {
            String shortEvent = TopicReader.awaitRecords(bootstrap, "volunteers",
                    v -> v.contains(shortId) && v.contains("volunteer.paused." + version), 1, Duration.ofSeconds(60))
                    .get(0).value();
            org.junit.jupiter.api.Assertions.assertTrue(shortEvent.contains("\"pauseKind\":\"SHORT\""), shortEvent);
            String longEvent = TopicReader.awaitRecords(bootstrap, "volunteers",
                    v -> v.contains(longId) && v.contains("volunteer.paused." + version), 1, Duration.ofSeconds(60))
                    .get(0).value();
            org.junit.jupiter.api.Assertions.assertTrue(longEvent.contains("\"pauseKind\":\"LONG\""), longEvent);
        }
        act(shortId, "resume", null).statusCode(200).body("pauseKind", nullValue());
    }

    @Test
    void aCoachWhoLeftCannotComeBackOrHaveRecordsChanged() {
        String id = Coaches.aCoach().active();
        act(id, "leave", null).statusCode(200).body("status", equalTo("LEFT"));
        act(id, "resume", null).statusCode(422);
        act(id, "leave", null).statusCode(422);
        act(id, "training/modules-completed", "{\"completedOn\": \"" + LocalDate.now() + "\"}").statusCode(409);
    }

    @Test
    void anApplicantCanLeaveBeforeTraining() {
        String id = Coaches.aCoach().applicant();
        act(id, "leave", "{\"reason\": \"Changed their mind\"}").statusCode(200).body("status", equalTo("LEFT"))
                .body("leftReason", equalTo("Changed their mind"));
    }

    @Test
    void aDbsRenewalBeforeItsIssueDateIsA400() {
        String id = Coaches.aCoach().applicant();
        given().contentType(ContentType.JSON).body("{\"issuedOn\": \"2026-01-10\", \"renewalDue\": \"2025-01-10\","
                        + " \"certificateNumber\": \"12\"}")
                .when().put("/api/v1/volunteers/" + id + "/dbs")
                .then().statusCode(400).body("errors.field", equalTo(List.of("certificateNumber", "renewalDue")));
    }

    @Test
    void aTransitionOfAnUnknownCoachIsA404() {
        act("6a0c4b8e-3a52-4c55-9c39-5bb8a3f1e2d1", "activate", null).statusCode(404)
                .contentType("application/problem+json");
    }
}
