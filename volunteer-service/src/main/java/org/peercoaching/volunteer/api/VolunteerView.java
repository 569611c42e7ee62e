package org.peercoaching.volunteer.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.volunteer.domain.PracticeSession;
import org.peercoaching.volunteer.domain.RosterEntry;
import org.peercoaching.volunteer.domain.Volunteer;

/** One coach as a coordinator sees them: profile, status, onboarding records, supervision, capacity and flags. */
@Schema(requiredProperties = {"id", "firstName", "lastName", "phone", "gender", "languages", "conditionCodes",
        "device", "callWindows", "competenceLevel", "status", "onboarding", "registeredAt", "supervisionMode",
        "activity", "flags", "holds"})
public record VolunteerView(
        UUID id,
        String firstName,
        String lastName,
        String phone,
        String email,
        LocalDate dateOfBirth,
        String ageBand,
        String gender,
        Integer imdDecile,
        String lsoaCode,
        List<String> languages,
        List<String> conditionCodes,
        String livedExperienceNotes,
        String device,
        LocalDate loanedOn,
        LocalDate loanDueBack,
        List<CallWindowBody> callWindows,
        int competenceLevel,
        String coordinator,
        String status,
        Instant statusChangedAt,
        String pausedReason,
        LocalDate pausedUntil,
        @Schema(description = "SHORT (keeps their people) or LONG (their people are re-matched) while paused; absent"
                + " otherwise", enumeration = {"SHORT", "LONG"}) String pauseKind,
        String leftReason,
        Onboarding onboarding,
        Instant registeredAt,
        Instant activatedAt,
        String supervisionMode,
        LocalDate lastSupervisedOn,
        LocalDate supervisionDueBy,
        RosterItemView.Capacity capacity,
        RosterItemView.Activity activity,
        List<String> flags,
        @Schema(description = "Why the coach takes no new people now (a safeguarding hold); empty when none."
                + " Their current people continue.") List<RosterItemView.HoldView> holds,
        @Schema(description = "conditionCodes with their plain-English names from the programme's condition"
                + " catalogue (name absent for a code the catalogue does not hold)") List<Condition> conditions) {

    @Schema(requiredProperties = {"code"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Condition(String code, String name) {}

    @Schema(requiredProperties = {"practiceSessions"})
    public record Onboarding(
            LocalDate trainingModulesCompletedOn,
            List<PracticeSessionView> practiceSessions,
            Dbs dbs) {}

    @Schema(requiredProperties = {"id", "heldOn", "facilitator"})
    public record PracticeSessionView(UUID id, LocalDate heldOn, String facilitator) {}

    @Schema(requiredProperties = {"issuedOn", "renewalDue"})
    public record Dbs(LocalDate issuedOn, LocalDate renewalDue, String certificateNumber) {}

    static VolunteerView of(RosterEntry e, List<PracticeSession> practice) {
        Volunteer v = e.volunteer();
        return new VolunteerView(v.id, v.firstName, v.lastName, v.phone, v.email, v.dateOfBirth, v.ageBand,
                v.gender.name(), v.imdDecile, v.lsoaCode, v.languages.stream().sorted().toList(),
                v.conditionCodes.stream().sorted().toList(), v.livedExperienceNotes, v.device.name(), v.loanedOn,
                v.loanDueBack, windows(v), v.competenceLevel, v.coordinator, v.status.name(), v.statusChangedAt,
                v.pausedReason, v.pausedUntil, v.pauseKind == null ? null : v.pauseKind.name(), v.leftReason,
                new Onboarding(v.trainingModulesCompletedOn,
                        practice.stream().map(p -> new PracticeSessionView(p.id, p.heldOn, p.facilitator)).toList(),
                        v.dbsIssuedOn == null ? null : new Dbs(v.dbsIssuedOn, v.dbsRenewalDue, v.dbsCertificateNumber)),
                v.registeredAt, v.activatedAt, e.supervisionMode().name(), e.lastSupervisedOn(), e.supervisionDueBy(),
                RosterItemView.Capacity.of(e.capacity()),
                new RosterItemView.Activity(e.activity().callsRecorded(), e.activity().callsCompleted(),
                        e.activity().hours()),
                e.flags().stream().map(Enum::name).sorted().toList(), RosterItemView.HoldView.of(e.holds()),
                v.conditionCodes.stream().sorted().map(code -> new Condition(code, KnownCondition.CATALOGUE.find(code)
                        .map(org.peercoaching.kit.reference.ConditionCatalogue.Condition::name).orElse(null))).toList());
    }

    static List<CallWindowBody> windows(Volunteer v) {
        return v.callWindows.stream()
                .map(w -> new CallWindowBody(w.day(), w.start(), w.end()))
                .sorted(Comparator.comparing(CallWindowBody::day).thenComparing(CallWindowBody::start))
                .toList();
    }
}
