package org.peercoaching.schedule.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.peercoaching.schedule.Fixtures.COMPLETED;
import static org.peercoaching.schedule.Fixtures.as;
import static org.peercoaching.schedule.Fixtures.asCoach;
import static org.peercoaching.schedule.Fixtures.asCoordinator;
import static org.peercoaching.schedule.Fixtures.assign;
import static org.peercoaching.schedule.Fixtures.awaitPlan;
import static org.peercoaching.schedule.Fixtures.call;
import static org.peercoaching.schedule.Fixtures.matchConfirmed;
import static org.peercoaching.schedule.Fixtures.matchEnded;
import static org.peercoaching.schedule.Fixtures.record;
import static org.peercoaching.schedule.Fixtures.startOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.schedule.MovableClock;

/** GET /api/v1/coaches/{coachId}/people: the coach's current people for the coordinator's coach page. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class CoachPeopleApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    record Person(UUID match, UUID referral, String planId) {}

    Person matchWith(UUID coach) {
        UUID match = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        TopicReader.send(bootstrap, "matches", match.toString(), matchConfirmed(coach, match, referral, null));
        return new Person(match, referral, awaitPlan(referral).getString("planId"));
    }

    @Test
    void coachPeopleListsCurrentPeopleWithNextCall() {
        UUID coach = UUID.randomUUID();
        assign(bootstrap, coach);
        Person first = matchWith(coach);
        Person second = matchWith(coach);

        String people = "/api/v1/coaches/" + coach + "/people";
        asCoach(coach).get(people).then().statusCode(200)
                .body("coachId", equalTo(coach.toString()))
                .body("timeZone", equalTo("Europe/London"))
                .body("people", hasSize(2))
                // soonest next call first: both on Tuesday evenings, the second person half an hour later
                .body("people[0].planId", equalTo(first.planId()))
                .body("people[0].referralId", equalTo(first.referral().toString()))
                .body("people[0].personFirstName", equalTo("Brian"))
                .body("people[0].stage", equalTo("WEEKLY"))
                .body("people[0].status", equalTo("ACTIVE"))
                .body("people[0].nextCallAt", equalTo("2026-11-24T18:00:00Z"))
                .body("people[0].nextCallWhen", equalTo("Tuesday 24 November, 6pm"))
                .body("people[0].nextCallNumber", equalTo(1))
                .body("people[0].callsCompleted", equalTo(0))
                .body("people[0].callsMissed", equalTo(0))
                .body("people[0].totalCalls", equalTo(14))
                .body("people[1].planId", equalTo(second.planId()))
                .body("people[1].nextCallWhen", equalTo("Tuesday 24 November, 6:30pm"));

        // one call done, one not answered: the counts follow and the next call moves on a week
        Map<String, Object> firstsCall = call(first.referral(), 1);
        clock.set(startOf(firstsCall).plus(Duration.ofMinutes(40)));
        record(firstsCall.get("callId"), COMPLETED).statusCode(200);
        Map<String, Object> secondsCall = call(second.referral(), 1);
        clock.set(startOf(secondsCall).plus(Duration.ofMinutes(40)));
        record(secondsCall.get("callId"), "{\"outcome\":\"NO_ANSWER\"}").statusCode(200);

        String json = asCoordinator().get(people).then().statusCode(200)
                .body("people", hasSize(2))
                .body("people[0].planId", equalTo(first.planId()))
                .body("people[0].callsCompleted", equalTo(1)).body("people[0].callsMissed", equalTo(0))
                .body("people[0].nextCallNumber", equalTo(2))
                .body("people[0].nextCallAt", equalTo("2026-12-01T18:00:00Z"))
                .body("people[1].callsCompleted", equalTo(0)).body("people[1].callsMissed", equalTo(1))
                .body("people[1].nextCallNumber", equalTo(2))
                .extract().asString();
        assertFalse(json.contains("07700"), "no phone number on the people list");
        assertFalse(json.contains("shop"), "no notes or goals on the people list");

        // a person who leaves the programme is no longer one of the coach's current people
        TopicReader.send(bootstrap, "matches", second.match().toString(),
                matchEnded(second.match(), second.referral(), coach, "WITHDRAWN"));
        await().atMost(Duration.ofSeconds(60)).until(() -> asCoach(coach).get(people).then().statusCode(200)
                .extract().jsonPath().getList("people").size() == 1);
        asCoach(coach).get(people).then().statusCode(200).body("people[0].planId", equalTo(first.planId()));
    }

    @Test
    void coachPeopleIsNotFoundForAnotherCoachOrAnotherCoordinatorsCoach() {
        UUID coach = UUID.randomUUID();
        assign(bootstrap, coach);
        matchWith(coach);
        String people = "/api/v1/coaches/" + coach + "/people";
        asCoach(UUID.randomUUID()).get(people).then().statusCode(404).contentType("application/problem+json");
        as(DevTokens.coordinator("coord-b")).get(people).then().statusCode(404);
        asCoordinator().get(people).then().statusCode(200).body("people", hasSize(1));
        // a coach with nobody yet has an empty list, not an error
        UUID newCoach = UUID.randomUUID();
        asCoach(newCoach).get("/api/v1/coaches/" + newCoach + "/people").then().statusCode(200)
                .body("people", hasSize(0));
    }
}
