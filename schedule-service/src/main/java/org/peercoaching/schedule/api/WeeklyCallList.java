package org.peercoaching.schedule.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A coach's calls for one ISO week: only what making the call needs. Nothing clinical (no conditions,
 * no activation scores, no confidence ratings), no surname, no NHS number, no area or deprivation data,
 * no free-text notes. Adding a field here is a data-protection decision: the allow-list test
 * (CallListDataMinimisationTest) names every field the list may carry.
 */
public record WeeklyCallList(UUID coachId, String week, String timeZone, List<Call> calls) {

    public record Call(
            UUID callId,
            String personFirstName,
            String phone,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String when,
            String stage,
            int callNumber,
            int totalCalls,
            String status,
            LastCall lastCall) {}

    /** The goals (way forward = the next step) from the person's last completed call, to pick up where they left off. */
    public record LastCall(OffsetDateTime on, CallOutcomeRequest.Goals goals) {}
}
