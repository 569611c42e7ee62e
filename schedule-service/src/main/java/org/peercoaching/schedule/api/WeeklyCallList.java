package org.peercoaching.schedule.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A coach's calls for one ISO week: only what making the call needs. Nothing clinical (no conditions,
 * no activation scores, no confidence ratings), no surname, no NHS number, no area or deprivation data,
 * no free-text notes. Adding a field here is a data-protection decision: the allow-list test
 * (CallListDataMinimisationTest) names every field the list may carry.
 *
 * <p>{@code planId} and {@code referralId} are ids only (to open the person on the coach's people list);
 * {@code attempt} is 1 for the booked call and 2, 3, ... for a retry after no answer or a moved call;
 * {@code status} is the call's state, which is also its recorded outcome once recorded (COMPLETED,
 * NO_ANSWER, CANCELLED) or MISSED when nothing was recorded by a day after.
 */
public record WeeklyCallList(@Schema(required = true) UUID coachId, @Schema(required = true) String week,
        @Schema(required = true) String timeZone, @Schema(required = true) List<Call> calls,
        @Schema(description = "The coach's next call still to happen from now, in any week (so an empty week still"
                + " says what comes next); null when none is booked") NextCall nextCall) {

    /** The coach's next call: who and when, to open it. */
    public record NextCall(@Schema(required = true) UUID callId, @Schema(required = true) String personFirstName,
            @Schema(required = true, description = "UTC", example = "2026-12-01T18:00:00Z") Instant startsAt,
            @Schema(required = true, description = "Europe/London, as people say it", example = "Tuesday 1 December, 6pm")
            String when) {}

    public record Call(
            @Schema(required = true) UUID callId,
            @Schema(required = true) UUID planId,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String personFirstName,
            @Schema(required = true) String phone,
            @Schema(required = true, description = "UTC", example = "2026-12-01T18:00:00Z") Instant startsAt,
            @Schema(required = true, description = "UTC", example = "2026-12-01T18:30:00Z") Instant endsAt,
            @Schema(required = true, description = "The start in Europe/London, as people say it", example = "Tuesday 1 December, 6pm")
            String when,
            @Schema(required = true) String stage,
            @Schema(required = true) int callNumber,
            @Schema(required = true) int attempt,
            @Schema(required = true) int totalCalls,
            @Schema(required = true) String status,
            @Schema(description = "The person's last completed call before this one; null before their first")
            LastCall lastCall,
            @Schema(required = true, description = "From this instant (UTC) the call may be recorded as completed or"
                    + " not answered (the programme's rule: an hour before it starts); moving or cancelling it is"
                    + " allowed before then", example = "2026-12-01T17:00:00Z") Instant recordFrom) {}

    /** The goals (way forward = the next step) from the person's last completed call, to pick up where they left off. */
    public record LastCall(@Schema(required = true, description = "UTC", example = "2026-11-24T18:00:00Z") Instant on,
            @Schema(description = "Null when none were recorded") CallOutcomeRequest.Goals goals) {}
}
