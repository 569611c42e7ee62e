package org.peercoaching.schedule.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a coach's short pauses (holiday, illness; issue #18) did to their people's calls: per person, each call moved
 * (from, to) or skipped. For the coach's coordinator. Latest pause first.
 */
public record PauseChangesView(
        @Schema(required = true) UUID coachId,
        @Schema(required = true) String timeZone,
        @Schema(description = "The day the coach is back, while they are on a short pause; absent otherwise",
                example = "2027-01-12") LocalDate pausedUntil,
        @Schema(required = true) List<Person> people) {

    /** One person whose calls a short pause changed. */
    public record Person(
            @Schema(required = true) UUID planId,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String personFirstName,
            @Schema(required = true) List<Change> changes) {}

    /**
     * One call: MOVED (to the first free time after the pause, keeping its id) or SKIPPED (no time before the
     * person's next call within the stage's cadence; not made and not counted as missed).
     */
    public record Change(
            @Schema(required = true) UUID callId,
            @Schema(required = true) int callNumber,
            @Schema(required = true, enumeration = {"MOVED", "SKIPPED"}) String outcome,
            @Schema(required = true, description = "The day the coach is back from the pause that changed it")
            LocalDate pausedUntil,
            @Schema(required = true, description = "UTC") Instant from,
            @Schema(required = true, example = "Tuesday 5 January, 6pm") String fromWhen,
            @Schema(description = "UTC; absent when skipped") Instant to,
            @Schema(description = "Absent when skipped", example = "Monday 18 January, 6pm") String toWhen) {}
}
