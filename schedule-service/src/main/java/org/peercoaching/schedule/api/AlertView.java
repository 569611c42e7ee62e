package org.peercoaching.schedule.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.schedule.domain.alert.AlertNote;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;
import org.peercoaching.schedule.domain.plan.CallPlan;

/** An item on the coordinator's alert list. */
public record AlertView(@Schema(required = true) UUID alertId,
        @Schema(required = true, enumeration = {"ESCALATION", "MISSED_CALLS", "NO_COMMON_SLOT", "DBS_RENEWAL_DUE",
                "CALLS_MOVED_OR_SKIPPED"}) String kind,
        @Schema(nullable = true, description = "Escalations only: CRISIS, SAFEGUARDING or CLINICAL_RED_FLAG") String category,
        @Schema(nullable = true, description = "Null for alerts about the coach alone (DBS_RENEWAL_DUE)") UUID planId,
        @Schema(nullable = true, description = "The call it arose on, when there is one") UUID callId,
        @Schema(nullable = true, description = "Null for alerts about the coach alone (DBS_RENEWAL_DUE)") UUID referralId,
        @Schema(required = true) UUID coachId,
        @Schema(nullable = true) String detail,
        @Schema(required = true, description = "UTC", example = "2026-12-01T10:00:00Z") Instant raisedAt,
        @Schema(nullable = true, description = "Who raised it; null when the service did") String raisedBy,
        @Schema(nullable = true, description = "UTC; null while open", example = "2026-12-02T09:30:00Z") Instant closedAt,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) String closingAction,
        @Schema(nullable = true, description = "The person's first name, from their plan; null for alerts about the"
                + " coach alone") String personFirstName,
        @Schema(nullable = true, description = "The person's phone number, so the coordinator can call them; null for"
                + " alerts about the coach alone") String personPhone,
        @Schema(nullable = true, description = "The person's taper stage now (WEEKLY, FORTNIGHTLY, MONTHLY or"
                + " GRADUATED); null for alerts about the coach alone") String stage,
        @Schema(required = true, description = "What coordinators did about it while open, in the order written")
        List<Note> notes) {

    /**
     * A coordinator's note on an alert. kind NOTE: what was done; CLINICAL_ESCALATION: the concern was passed to
     * the clinical team, with what they were told.
     */
    public record Note(@Schema(required = true, enumeration = {"NOTE", "CLINICAL_ESCALATION"}) String kind,
            @Schema(required = true) String note,
            @Schema(required = true, description = "Who wrote it (sign-in id)") String by,
            @Schema(required = true, description = "UTC", example = "2026-12-01T18:20:00Z") Instant at) {

        static Note of(AlertNote n) {
            return new Note(n.kind.name(), n.note, n.writtenBy, n.writtenAt);
        }
    }

    static AlertView of(CoordinatorAlert a) {
        return of(a, null, List.of());
    }

    static AlertView of(CoordinatorAlert a, CallPlan plan, List<AlertNote> notes) {
        return new AlertView(a.id, a.kind.name(), a.category, a.planId, a.callId, a.referralId, a.coachId, a.detail,
                a.raisedAt, a.raisedBy,
                a.closedAt, a.closedBy,
                a.closingAction,
                plan == null ? null : plan.personFirstName,
                plan == null ? null : plan.personPhone,
                plan == null ? null : plan.stage,
                notes == null ? List.of() : notes.stream().map(Note::of).toList());
    }
}
