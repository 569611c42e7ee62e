package org.peercoaching.volunteer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.volunteer.domain.CoachCapacity;
import org.peercoaching.volunteer.domain.Hold;
import org.peercoaching.volunteer.domain.RosterEntry;
import org.peercoaching.volunteer.domain.Volunteer;

/** One coach on the coordinator's roster, with their flags. */
@Schema(requiredProperties = {"id", "firstName", "lastName", "phone", "status", "competenceLevel", "conditionCodes",
        "languages", "supervisionMode", "activity", "flags", "holds"})
public record RosterItemView(
        UUID id,
        String firstName,
        String lastName,
        String phone,
        String email,
        String status,
        String coordinator,
        int competenceLevel,
        List<String> conditionCodes,
        List<String> languages,
        Integer imdDecile,
        LocalDate pausedUntil,
        LocalDate dbsRenewalDue,
        String supervisionMode,
        LocalDate lastSupervisedOn,
        LocalDate supervisionDueBy,
        Capacity capacity,
        Activity activity,
        List<String> flags,
        @Schema(description = "Why the coach takes no new people now (a safeguarding hold); empty when none."
                + " Their current people continue.") List<HoldView> holds) {

    /** A safeguarding hold: DBS_EXPIRED or SUPERVISION_OVERDUE, since when, in plain English. */
    @Schema(requiredProperties = {"reason", "since", "description"})
    public record HoldView(
            @Schema(enumeration = {"DBS_EXPIRED", "SUPERVISION_OVERDUE"}) String reason,
            @Schema(description = "DBS_EXPIRED: the renewal date that passed; SUPERVISION_OVERDUE: the first day"
                    + " supervision was overdue") LocalDate since,
            @Schema(example = "On hold: DBS check expired on 3 March 2027") String description) {

        static List<HoldView> of(List<Hold> holds) {
            return holds.stream().map(h -> new HoldView(h.reason().name(), h.since(), h.description())).toList();
        }
    }

    /** As matching-service last published it (it owns the caseload cap); null until it has. */
    @Schema(requiredProperties = {"activePeople", "peopleByStage", "room", "asOf"})
    public record Capacity(int activePeople, String peopleByStage, int room, Instant asOf) {
        static Capacity of(CoachCapacity c) {
            return c == null ? null : new Capacity(c.activePeople, c.peopleByStage, c.room, c.changedAt);
        }
    }

    @Schema(requiredProperties = {"callsRecorded", "callsCompleted", "hours"})
    public record Activity(long callsRecorded, long callsCompleted, double hours) {}

    static RosterItemView of(RosterEntry e) {
        Volunteer v = e.volunteer();
        return new RosterItemView(v.id, v.firstName, v.lastName, v.phone, v.email, v.status.name(), v.coordinator,
                v.competenceLevel, v.conditionCodes.stream().sorted().toList(), v.languages.stream().sorted().toList(),
                v.imdDecile, v.pausedUntil, v.dbsRenewalDue, e.supervisionMode().name(), e.lastSupervisedOn(),
                e.supervisionDueBy(), Capacity.of(e.capacity()),
                new Activity(e.activity().callsRecorded(), e.activity().callsCompleted(), e.activity().hours()),
                e.flags().stream().map(Enum::name).sorted().toList(), HoldView.of(e.holds()));
    }
}
