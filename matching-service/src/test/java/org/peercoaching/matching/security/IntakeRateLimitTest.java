package org.peercoaching.matching.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.matching.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.domain.referral.ReferralRepository;

/** Each pathway system may send referrals only so fast; beyond that 429 with Retry-After, and nothing is stored. */
@QuarkusTest
@TestProfile(IntakeRateLimitTest.SlowIntake.class)
@WithTestResource(KafkaBrokerResource.class)
class IntakeRateLimitTest {

    /** One referral every four seconds per pathway, in bursts of three; a database of its own. */
    public static class SlowIntake implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(IsolatedDatabaseProfile.overrides("rate-limit"));
            overrides.putAll(Map.of("peercoaching.intake.rate-limit.per-second", "0.25",
                    "peercoaching.intake.rate-limit.burst", "3"));
            return overrides;
        }
    }

    @Inject
    ReferralRepository referrals;

    static Response send(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/referrals");
    }

    boolean stored(String pathway, String pathwayReferralId) {
        return QuarkusTransaction.requiringNew().call(() ->
                referrals.findByPathwayId(pathway, pathwayReferralId).isPresent());
    }

    @Test
    void beyondItsRateAPathwayIsToldToWaitAndNothingIsStoredWhileOtherPathwaysGoOn() throws Exception {
        String refused = null;
        Response answer = null;
        int accepted = 0;
        for (int i = 0; i < 10 && refused == null; i++) {
            String id = "RATE-" + UUID.randomUUID();
            answer = send(Fixtures.PATHWAY_TOKEN, Fixtures.referral(id, null));
            if (answer.statusCode() == 429) {
                refused = id;
            } else {
                assertEquals(201, answer.statusCode(), answer.asString());
                accepted++;
            }
        }
        assertNotNull(refused, "the burst of 3 runs out");
        assertTrue(accepted >= 3 && accepted <= 4, "the burst, and at most one refilled in the meantime: " + accepted);
        answer.then().contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.TOO_MANY_REQUESTS))
                .body("status", equalTo(429));
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter, "Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 4, "whole seconds until the next referral is taken: " + seconds);
        assertTrue(!stored(Fixtures.PATHWAY, refused), "nothing stored");

        // the limit is per pathway: another pathway system is not held up
        String other = "RATE-" + UUID.randomUUID();
        send(DevTokens.pathway("pain-management"), Fixtures.referral("pain-management", other, null))
                .then().statusCode(201);

        // once it has waited, the same referral is taken, and is new: the refused one left nothing behind
        Thread.sleep(seconds * 1000 + 200);
        send(Fixtures.PATHWAY_TOKEN, Fixtures.referral(refused, null)).then().statusCode(201);
        assertTrue(stored(Fixtures.PATHWAY, refused));
    }
}
