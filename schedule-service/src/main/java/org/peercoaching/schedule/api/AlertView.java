package org.peercoaching.schedule.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/** An item on the coordinator's alert list. */
public record AlertView(UUID alertId, String kind, String category, UUID planId, UUID callId, UUID referralId,
        UUID coachId, String detail, OffsetDateTime raisedAt, String raisedBy, OffsetDateTime closedAt,
        String closedBy, String closingAction) {

    static AlertView of(CoordinatorAlert a) {
        return new AlertView(a.id, a.kind.name(), a.category, a.planId, a.callId, a.referralId, a.coachId, a.detail,
                a.raisedAt.atZone(CallSlotter.LONDON).toOffsetDateTime(), a.raisedBy,
                a.closedAt == null ? null : a.closedAt.atZone(CallSlotter.LONDON).toOffsetDateTime(), a.closedBy,
                a.closingAction);
    }
}
