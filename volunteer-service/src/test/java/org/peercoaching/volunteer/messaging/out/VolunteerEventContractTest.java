package org.peercoaching.volunteer.messaging.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peercoaching.events.EventEnvelope;
import org.peercoaching.events.volunteer.DbsRenewalReminderV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV2;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kit.events.EventJson;
import org.peercoaching.volunteer.domain.Gender;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerStatus;
import org.peercoaching.volunteer.domain.WeeklyWindow;

/** Producer side of the contract: what volunteer-service writes for each type is exactly its golden example. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class VolunteerEventContractTest {

    @Inject
    EventJson json;

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @ValueSource(strings = {"volunteer.registered.v1", "volunteer.updated.v1", "volunteer.activated.v1",
            "volunteer.paused.v1", "volunteer.resumed.v1", "volunteer.left.v1"})
    void eachVolunteerEventIsSerialisedAsItsGoldenExample(String type) throws Exception {
        JsonNode golden = golden(type);
        Volunteer v = coachOf(golden.get("data"));
        EventEnvelope<VolunteerSnapshotV1> envelope = new EventEnvelope<>("1.0", golden.get("id").asText(),
                "volunteer-service", type, v.id.toString(), Instant.parse("2026-11-23T09:30:00Z"), "application/json",
                OutboxVolunteerEvents.toContract(v));
        assertEquals(golden, mapper.readTree(json.write(envelope)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"volunteer.registered.v2", "volunteer.updated.v2", "volunteer.activated.v2",
            "volunteer.paused.v2", "volunteer.resumed.v2", "volunteer.left.v2"})
    void eachVolunteerEventV2IsSerialisedAsItsGoldenExampleWithTheSafeguardingFacts(String type) throws Exception {
        JsonNode golden = golden(type);
        JsonNode data = golden.get("data");
        Volunteer v = coachOf(data);
        v.dbsRenewalDue = LocalDate.parse(data.get("dbsRenewalDue").asText());
        v.dbsCertificateNumber = "001234567890";
        for (JsonNode hold : data.get("holds")) {
            LocalDate since = LocalDate.parse(hold.get("since").asText());
            if (hold.get("reason").asText().equals("DBS_EXPIRED")) {
                v.dbsHoldSince = since;
            } else {
                v.supervisionHoldSince = since;
            }
        }
        EventEnvelope<VolunteerSnapshotV2> envelope = new EventEnvelope<>("1.0", golden.get("id").asText(),
                "volunteer-service", type, v.id.toString(), Instant.parse("2026-11-23T09:30:00Z"), "application/json",
                OutboxVolunteerEvents.toContractV2(v));
        assertEquals(golden, mapper.readTree(json.write(envelope)));
    }

    @org.junit.jupiter.api.Test
    void aDbsRenewalReminderIsSerialisedAsItsGoldenExample() throws Exception {
        JsonNode golden = golden("volunteer.dbs-renewal-reminder.v1");
        JsonNode data = golden.get("data");
        EventEnvelope<DbsRenewalReminderV1> envelope = new EventEnvelope<>("1.0", golden.get("id").asText(),
                "volunteer-service", "volunteer.dbs-renewal-reminder.v1", data.get("volunteerId").asText(),
                Instant.parse("2027-01-02T00:05:00Z"), "application/json",
                new DbsRenewalReminderV1(UUID.fromString(data.get("volunteerId").asText()), "coord-amina", "Aisha",
                        LocalDate.of(2027, 3, 3), 60));
        assertEquals(golden, mapper.readTree(json.write(envelope)));
    }

    private JsonNode golden(String type) throws java.io.IOException {
        try (InputStream in = getClass().getResourceAsStream("/golden/" + type + ".json")) {
            return mapper.readTree(in);
        }
    }

    /** The coach a golden example describes, as volunteer-service holds them (with details that must not leak). */
    private static Volunteer coachOf(JsonNode data) {
        Volunteer v = new Volunteer();
        v.id = UUID.fromString(data.get("volunteerId").asText());
        v.firstName = "Aisha";
        v.lastName = "Khan";
        v.phone = "07700 900456";
        v.email = "aisha@example.org";
        v.livedExperienceNotes = "Diagnosed in 2009";
        v.pausedReason = data.get("pausedUntil").isNull() ? null : "Holiday";
        v.gender = Gender.FEMALE;
        v.status = VolunteerStatus.valueOf(data.get("status").asText());
        v.imdDecile = 2;
        v.lsoaCode = data.get("lsoaCode").isNull() ? null : data.get("lsoaCode").asText();
        v.competenceLevel = data.get("competenceLevel").asInt();
        v.coordinatorId = data.get("coordinatorId").asText();
        v.pausedUntil = data.get("pausedUntil").isNull() ? null : LocalDate.parse(data.get("pausedUntil").asText());
        v.pauseKind = data.get("pauseKind").isNull() ? null
                : org.peercoaching.volunteer.domain.PauseKind.valueOf(data.get("pauseKind").asText());
        v.languages.add("ur");
        v.languages.add("en");
        v.conditionCodes.add("69896004");
        v.callWindows.add(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
        return v;
    }
}
