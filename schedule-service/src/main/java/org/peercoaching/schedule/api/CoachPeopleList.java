package org.peercoaching.schedule.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A coach's current people, for the coordinator's coach page and the coach's own: where each person is in
 * the taper and their next call. First name only; nothing clinical, no phone number (the weekly call list
 * carries it for the call itself), no notes or goals.
 */
public record CoachPeopleList(@Schema(required = true) UUID coachId, @Schema(required = true) String timeZone,
        @Schema(required = true) List<Person> people) {

    /**
     * One person. {@code status}: ACTIVE (calls booked), NEEDS_SLOT (no common time: the coordinator arranges
     * one) or AWAITING_COACH (the coach is paused or has left: calls held for a re-match). nextCallAt is the
     * earliest call still to be recorded, null if none is booked.
     */
    public record Person(
            @Schema(required = true) UUID planId,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String personFirstName,
            @Schema(required = true) String stage,
            @Schema(required = true) String status,
            @Schema(description = "UTC", example = "2026-12-01T18:00:00Z") Instant nextCallAt,
            @Schema(description = "The next call in Europe/London, as people say it", example = "Tuesday 1 December, 6pm")
            String nextCallWhen,
            Integer nextCallNumber,
            @Schema(required = true) int callsCompleted,
            @Schema(required = true) int callsMissed,
            @Schema(required = true) int totalCalls) {}
}
