package org.peercoaching.schedule.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallSlotter;

/** One call as the API shows it after a change. */
public record CallView(@Schema(required = true) UUID callId, @Schema(required = true) UUID planId,
        @Schema(required = true) int callNumber, @Schema(required = true) int attempt,
        @Schema(required = true) String stage,
        @Schema(required = true, description = "When the call starts, an instant in UTC", example = "2027-01-05T18:00:00Z")
        Instant startsAt,
        @Schema(required = true, description = "The same start as Europe/London wall-clock time", example = "2027-01-05T18:00")
        String startsAtLondon,
        @Schema(required = true) String status) {

    static final DateTimeFormatter LONDON_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    static CallView of(ScheduledCall c) {
        return c == null ? null : new CallView(c.id, c.planId, c.callNumber, c.attempt, c.stage, c.startsAt,
                LONDON_MINUTE.format(c.startsAt.atZone(CallSlotter.LONDON)), c.status.name());
    }

    public record Recorded(@Schema(required = true) CallView call,
            @Schema(description = "The next attempt or call booked by this outcome, if any") CallView next) {}
}
