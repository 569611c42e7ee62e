package org.peercoaching.matching.api;

import static org.peercoaching.matching.Fixtures.asCoordinator;
import static org.peercoaching.matching.Fixtures.asPathway;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class ReferralApiTest extends Scenario {

    static String newId() {
        return "TEST-" + UUID.randomUUID();
    }

    @Test
    void aReferralIsMatchedWithACoachLearntFromVolunteerEventsAndTheMatchIsPublished() {
        UUID coachId = coachJoins("Maria", "FEMALE");

        String referralId = asPathway().contentType(ContentType.JSON).body(Fixtures.referral(newId(), "FEMALE"))
                .when().post("/api/v1/referrals")
                .then().statusCode(201)
                .body("status", equalTo("MATCHED"))
                .body("coach", nullValue())
                .extract().path("id");
        referralIds.add(referralId);

        asPathway().when().get("/api/v1/referrals/" + referralId)
                .then().statusCode(200).body("status", equalTo("MATCHED")).body("coach", nullValue());
        // the coach's coordinator sees who the coach is; the pathway sees what happened, not which coach
        asCoordinator().when().get("/api/v1/referrals/" + referralId)
                .then().statusCode(200).body("status", equalTo("MATCHED"))
                .body("coach.firstName", equalTo("Maria"))
                .body("coach.volunteerId", equalTo(coachId.toString()));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap, "matches",
                v -> v.contains(referralId) && v.contains("match.confirmed.v1"), 1, Duration.ofSeconds(20));
        assertEquals(1, events.size());
        String event = events.get(0).value();
        assertTrue(event.contains("\"type\":\"match.confirmed.v1\""));
        assertTrue(event.contains(coachId.toString()));
        assertTrue(!event.contains("Jones"), "the person's last name does not leave matching-service");
    }

    @Test
    void aLanguageCodeIso639DoesNotHaveIsRefusedNamingTheField() {
        asPathway().contentType(ContentType.JSON).body(Fixtures.referral(newId(), null).replace("\"language\":\"en\"",
                        "\"language\":\"xx\""))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("person.language"))
                .body("errors[0].message", equalTo("is not an ISO 639 language code: use a code such as en, pl or ur"));
        asPathway().contentType(ContentType.JSON).body(Fixtures.referral(newId(), null).replace("\"language\":\"en\"",
                        "\"language\":\"cy\""))
                .when().post("/api/v1/referrals").then().statusCode(201);
    }

    @Test
    void resendingTheSameReferralReturnsTheOneAlreadyHeld() {
        String body = Fixtures.referral(newId(), null);
        String first = refer(body);
        asPathway().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/referrals")
                .then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void twentyIdenticalReferralsSentAtOnceGiveOneCreatedAndNineteenOkWithTheSameReferral() throws Exception {
        String body = Fixtures.referral(newId(), null);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return asPathway().contentType(ContentType.JSON).body(body).when().post("/api/v1/referrals");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Future<io.restassured.response.Response> answer : answers) {
                io.restassured.response.Response response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, ids.size(), "every answer is the one referral: " + ids);
            referralIds.addAll(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aResendThatSpellsTheSameValuesDifferentlyIsTheSameReferral() {
        String pathwayId = newId();
        String first = refer(Fixtures.referral(pathwayId, null));
        String respelt = Fixtures.referral(pathwayId, null)
                .replace("\"score\":44.9", "\"score\":44.90")
                .replace("\"homeArea\":{\"imdDecile\":2}", "\"homeArea\":{\"lsoaCode\":null,\"imdDecile\":2}")
                .replace("{\"contact\":true,\"shareGoalsWithClinicalTeam\":true}",
                        "{\"shareGoalsWithClinicalTeam\":true,\"contact\":true}");
        asPathway().contentType(ContentType.JSON).body(respelt)
                .when().post("/api/v1/referrals")
                .then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void reusingAReferralIdWithDifferentDetailsIsAConflict() {
        String pathwayId = newId();
        refer(Fixtures.referral(pathwayId, null));
        asPathway().contentType(ContentType.JSON).body(Fixtures.referral(pathwayId, null).replace("Brian", "Bryony"))
                .when().post("/api/v1/referrals")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anInvalidReferralIsA400ProblemNamingEveryBadFieldAndStoresNothing() {
        String pathwayId = newId();
        String bad = Fixtures.referral(pathwayId, null)
                .replace("\"07700 900123\"", "\"not a phone\"")
                .replace("\"imdDecile\":2", "\"imdDecile\":0")
                .replace("\"score\":44.9", "\"score\":140")
                .replace("\"contact\":true", "\"contact\":false")
                .replace("\"69896004\"", "\"RA\"")
                .replace("\"end\":\"19:00\"", "\"end\":\"16:00\"");
        asPathway().contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/referrals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("person.phone", "homeArea.imdDecile", "activation.score",
                        "consent.contact", "conditionCodes[0]", "callWindows[0].end"));
        // nothing half-stored: the same id with a valid body is a new referral
        refer(Fixtures.referral(pathwayId, null));
    }

    @Test
    void aDateThatIsNotADateIsA400NamingTheField() {
        asPathway().contentType(ContentType.JSON)
                .body(Fixtures.referral(newId(), null).replace("2026-11-02", "yesterday"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400)
                .body("errors.field", hasItems("activation.measuredOn"));
    }

    @Test
    void concurrentReferralsNeverTakeACoachPastTheCapAndTheWaitingListIsMatchedWhenACoachJoins()
            throws Exception {
        coachJoins("Sam", "NON_BINARY");

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            submitted.add(pool.submit(() -> asPathway().contentType(ContentType.JSON)
                    .body(Fixtures.referral(newId(), "NON_BINARY"))
                    .when().post("/api/v1/referrals")
                    .then().statusCode(201).extract().<String>path("id")));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : submitted) {
            ids.add(f.get());
        }
        referralIds.addAll(ids);
        pool.shutdown();
        assertEquals(Map.of("MATCHED", 2L, "WAITING", 4L), statuses(ids), "a new coach takes two people");

        coachJoins("Alex", "NON_BINARY");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(ids).equals(Map.of("MATCHED", 4L, "WAITING", 2L)));
        asPathway().when().get("/api/v1/referrals/" + ids.stream()
                        .filter(id -> "WAITING".equals(status(id))).sorted().findFirst().orElseThrow())
                .then().statusCode(200).body("waitingPosition", org.hamcrest.Matchers.lessThanOrEqualTo(2));
    }

}
