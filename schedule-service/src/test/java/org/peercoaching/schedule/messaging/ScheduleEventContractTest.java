package org.peercoaching.schedule.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.EventType;
import org.peercoaching.events.EventTypes;
import org.peercoaching.events.schedule.CallRecordedV1;
import org.peercoaching.events.schedule.EscalationRaisedV1;
import org.peercoaching.events.schedule.ProgrammeCompletedV1;
import org.peercoaching.events.schedule.StageChangedV1;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.events.EventJson;

/** Producer side of the contract: what schedule-service writes is exactly the golden example others read. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class ScheduleEventContractTest {

    static final UUID PLAN = UUID.fromString("3a9c2b7e-5d41-4f8a-9b6c-1e2d3f4a5b6c");
    static final UUID MATCH = UUID.fromString("5e2a9b7c-1d3f-4a6b-8c0e-9f1a2b3c4d5e");
    static final UUID REFERRAL = UUID.fromString("7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    static final UUID COACH = UUID.fromString("0b7d3c1e-2f44-4b8a-9d5e-8f0a1c2b3d4e");
    static final UUID CALL = UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    @Inject
    EventJson json;

    @Inject
    ObjectMapper mapper;

    <T> void assertGolden(EventType<T> type, String eventId, Instant time, T data) throws Exception {
        EventEnvelope<T> envelope = new EventEnvelope<>("1.0", eventId, "schedule-service", type.name(),
                PLAN.toString(), time, "application/json", data);
        try (InputStream golden = getClass().getResourceAsStream("/golden/" + type.name() + ".json")) {
            assertEquals(mapper.readTree(golden), mapper.readTree(json.write(envelope)));
        }
    }

    @Test
    void stageChangedIsSerialisedAsTheGoldenExample() throws Exception {
        Instant at = Instant.parse("2027-01-13T10:00:00Z");
        assertGolden(EventTypes.STAGE_CHANGED, "9b2f4c1a-6e3d-4a8b-8c7d-0e1f2a3b4c5d", at,
                new StageChangedV1(PLAN, MATCH, REFERRAL, COACH, "WEEKLY", "FORTNIGHTLY", at));
    }

    @Test
    void callRecordedIsSerialisedAsTheGoldenExample() throws Exception {
        Instant at = Instant.parse("2026-11-24T18:40:00Z");
        assertGolden(EventTypes.CALL_RECORDED, "4c8d2e6f-1a3b-4c5d-9e7f-8a0b1c2d3e4f", at,
                new CallRecordedV1(CALL, PLAN, REFERRAL, COACH, "COMPLETED", 35, Instant.parse("2026-11-24T18:00:00Z"),
                        at));
    }

    @Test
    void escalationRaisedIsSerialisedAsTheGoldenExample() throws Exception {
        Instant at = Instant.parse("2026-11-24T18:45:00Z");
        assertGolden(EventTypes.ESCALATION_RAISED, "2d4f6a8c-0e1b-4d3f-a5b7-c9d1e3f5a7b9", at,
                new EscalationRaisedV1(UUID.fromString("8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e"), CALL, REFERRAL, COACH,
                        "SAFEGUARDING", at));
    }

    @Test
    void programmeCompletedIsSerialisedAsTheGoldenExample() throws Exception {
        Instant at = Instant.parse("2027-05-18T09:00:00Z");
        assertGolden(EventTypes.PROGRAMME_COMPLETED, "7a5c3e1f-9b8d-4f6e-a4c2-e0f8d6b4a2c0", at,
                new ProgrammeCompletedV1(PLAN, REFERRAL, COACH, 12, 2, 0, "PAM-13", new BigDecimal("58.1"), 3, at,
                        new BigDecimal("47.4"), new BigDecimal("10.7"), 11));
    }
}
