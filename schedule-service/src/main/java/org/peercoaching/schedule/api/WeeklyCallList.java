package org.peercoaching.schedule.api;

import java.time.OffsetDateTime;
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
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String when,
            String stage,
            int callNumber,
            int attempt,
            int totalCalls,
            String status,
            LastCall lastCall) {}

    /** The goals (way forward = the next step) from the person's last completed call, to pick up where they left off. */
    public record LastCall(OffsetDateTime on, CallOutcomeRequest.Goals goals) {}
}
