package org.peercoaching.schedule.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

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
public record WeeklyCallList(UUID coachId, String week, String timeZone, List<Call> calls) {

    public record Call(
            UUID callId,
            UUID planId,
            UUID referralId,
            String personFirstName,
            String phone,
            @Schema(description = "UTC", example = "2026-12-01T18:00:00Z") Instant startsAt,
            @Schema(description = "UTC", example = "2026-12-01T18:30:00Z") Instant endsAt,
            @Schema(description = "The start in Europe/London, as people say it", example = "Tuesday 1 December, 6pm")
            String when,
            String stage,
            int callNumber,
            int attempt,
            int totalCalls,
            String status,
            LastCall lastCall) {}

    /** The goals (way forward = the next step) from the person's last completed call, to pick up where they left off. */
    public record LastCall(@Schema(description = "UTC", example = "2026-11-24T18:00:00Z") Instant on, CallOutcomeRequest.Goals goals) {}
}
