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
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
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
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + type + ".json")) {
            golden = mapper.readTree(in);
        }
        JsonNode data = golden.get("data");
        // the coach the golden example describes, as volunteer-service holds it (with details that must not leak)
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
        v.languages.add("ur");
        v.languages.add("en");
        v.conditionCodes.add("69896004");
        v.callWindows.add(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));

        EventEnvelope<VolunteerSnapshotV1> envelope = new EventEnvelope<>("1.0", golden.get("id").asText(),
                "volunteer-service", type, v.id.toString(), Instant.parse("2026-11-23T09:30:00Z"), "application/json",
                OutboxVolunteerEvents.toContract(v));
        assertEquals(golden, mapper.readTree(json.write(envelope)));
    }
}
