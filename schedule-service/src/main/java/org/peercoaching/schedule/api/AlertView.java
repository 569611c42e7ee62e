package org.peercoaching.schedule.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;

/** An item on the coordinator's alert list. */
public record AlertView(UUID alertId, String kind, String category, UUID planId, UUID callId, UUID referralId,
        UUID coachId, String detail,
        @Schema(description = "UTC", example = "2026-12-01T10:00:00Z") Instant raisedAt, String raisedBy,
        @Schema(description = "UTC; null while open", example = "2026-12-02T09:30:00Z") Instant closedAt,
        String closedBy, String closingAction) {

    static AlertView of(CoordinatorAlert a) {
        return new AlertView(a.id, a.kind.name(), a.category, a.planId, a.callId, a.referralId, a.coachId, a.detail,
                a.raisedAt, a.raisedBy,
                a.closedAt, a.closedBy,
                a.closingAction);
    }
}
