package org.peercoaching.matching.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.events.CallWindow;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.events.EventJson;

/** Producer side of the contract: what matching writes is exactly the golden example schedule reads. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class MatchEventContractTest {

    @Inject
    EventJson json;

    @Inject
    ObjectMapper mapper;

    @Test
    void matchConfirmedIsSerialisedAsTheGoldenExample() throws Exception {
        MatchConfirmedV1 data = new MatchConfirmedV1(
                UUID.fromString("5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e"),
                UUID.fromString("7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f"),
                UUID.fromString("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e"),
                "Brian", "07700 900123",
                List.of(new CallWindow(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(19, 0))),
                List.of(new CallWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0))),
                Instant.parse("2026-11-23T10:00:00Z"), null, List.of("69896004"), "en");
        EventEnvelope<MatchConfirmedV1> envelope = new EventEnvelope<>("1.0", "c1f0e6a2-7b1d-4e0f-8a59-2d6c4b3a1f00",
                "matching-service", "match.confirmed.v1", "5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e",
                Instant.parse("2026-11-23T10:00:00Z"), "application/json", data);
        try (InputStream golden = getClass().getResourceAsStream("/golden/match.confirmed.v1.json")) {
            assertEquals(mapper.readTree(golden), mapper.readTree(json.write(envelope)));
        }
    }
}
