package org.peercoaching.schedule.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;

/** An item on the coordinator's alert list. */
public record AlertView(@Schema(required = true) UUID alertId,
        @Schema(required = true, enumeration = {"ESCALATION", "MISSED_CALLS", "NO_COMMON_SLOT", "DBS_RENEWAL_DUE"}) String kind,
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
        @Schema(nullable = true) String closingAction) {

    static AlertView of(CoordinatorAlert a) {
        return new AlertView(a.id, a.kind.name(), a.category, a.planId, a.callId, a.referralId, a.coachId, a.detail,
                a.raisedAt, a.raisedBy,
                a.closedAt, a.closedBy,
                a.closingAction);
    }
}
