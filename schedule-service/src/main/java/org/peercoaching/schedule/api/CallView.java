package org.peercoaching.schedule.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/** One call as the API shows it after a change. */
public record CallView(UUID callId, UUID planId, int callNumber, int attempt, String stage, OffsetDateTime startsAt,
        String status) {

    static CallView of(ScheduledCall c) {
        return c == null ? null : new CallView(c.id, c.planId, c.callNumber, c.attempt, c.stage,
                c.startsAt.atZone(CallSlotter.LONDON).toOffsetDateTime(), c.status.name());
    }

    public record Recorded(CallView call, CallView next) {}
}
