package org.peercoaching.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.events.Outbox;
import org.peercoaching.kit.events.OutboxEvent;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchEventPublisher;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Producer side of the contract for every event matching publishes: what the real publisher writes to the
 * outbox is the golden example consumers read (the envelope's generated id and time aside).
 */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ProducedEventsContractTest {

    static final UUID MATCH = UUID.fromString("5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e");
    static final UUID REFERRAL = UUID.fromString("7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    static final UUID VOLUNTEER = UUID.fromString("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e");
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Inject
    MatchEventPublisher events;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    Match match() {
        Match m = new Match();
        m.id = MATCH;
        m.referralId = REFERRAL;
        m.volunteerId = VOLUNTEER;
        m.status = MatchStatus.PROPOSED;
        m.scoreTotal = 0.87;
        m.proposedAt = AT;
        return m;
    }

    Referral referral(ReferralStatus status, String reason) {
        Referral r = new Referral();
        r.id = REFERRAL;
        r.pathway = "rheumatology";
        r.pathwayReferralId = "RHEUM-2026-000123";
        r.status = status;
        r.statusReason = reason;
        r.statusChangedAt = AT;
        return r;
    }

    /** Publishes in a transaction that is rolled back (nothing is sent) and returns what was written. */
    JsonNode written(String type, String aggregateId, Consumer<MatchEventPublisher> publish) throws Exception {
        QuarkusTransaction.begin();
        try {
            publish.accept(events);
            OutboxEvent row = outbox.find("type = ?1 and aggregateId = ?2", type, aggregateId).firstResult();
            return mapper.readTree(row.payload);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    void assertGolden(String type, String aggregateId, Consumer<MatchEventPublisher> publish) throws Exception {
        JsonNode actual = written(type, aggregateId, publish);
        try (InputStream in = getClass().getResourceAsStream("/golden/" + type + ".json")) {
            JsonNode golden = mapper.readTree(in);
            ((ObjectNode) actual).set("id", golden.get("id"));
            ((ObjectNode) actual).set("time", golden.get("time"));
            assertEquals(golden, actual, type);
        }
    }

    @Test
    void matchProposed() throws Exception {
        assertGolden("match.proposed.v1", MATCH.toString(), e -> e.proposed(match()));
    }

    @Test
    void matchDeclined() throws Exception {
        assertGolden("match.declined.v1", MATCH.toString(),
                e -> e.declined(match(), "Coach lives on the same street", AT));
    }

    @Test
    void matchEnded() throws Exception {
        assertGolden("match.ended.v1", MATCH.toString(), e -> e.ended(match(), "COACH_PAUSED", AT));
    }

    @Test
    void coachCapacityChangedIsKeyedByTheVolunteer() throws Exception {
        assertGolden("coach.capacity-changed.v1", VOLUNTEER.toString(),
                e -> e.capacityChanged(VOLUNTEER, 3, Map.of("WEEKLY", 1, "FORTNIGHTLY", 2), 0, AT));
    }

    @Test
    void referralReceivedIneligibleAndWithdrawn() throws Exception {
        assertGolden("referral.received.v1", REFERRAL.toString(),
                e -> e.referralChanged(referral(ReferralStatus.RECEIVED, null)));
        assertGolden("referral.ineligible.v1", REFERRAL.toString(), e -> e.referralChanged(referral(
                ReferralStatus.INELIGIBLE, "Activation is not low: a PAM-13 score of 60.0 (level 3) is above 55.1, the"
                        + " highest score this programme takes. Peer coaching is for people with low activation.")));
        assertGolden("referral.withdrawn.v1", REFERRAL.toString(),
                e -> e.referralChanged(referral(ReferralStatus.WITHDRAWN, "The person moved out of the area")));
    }
}
