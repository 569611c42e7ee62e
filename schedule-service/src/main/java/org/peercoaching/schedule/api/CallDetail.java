package org.peercoaching.schedule.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.programme.CallWindows;

/**
 * One call as its coach reads it before ringing (issue #18): who, when, where they are in the taper, what they
 * said last time, what comes next, and the programme's limits for recording and moving it. Only the coach of the
 * call and their coordinator see it. It carries the person's conditions and language (the coach's call page shows
 * them) and the confidence from the last call, which the weekly list does not; no surname, NHS number, area,
 * activation scores or free-text notes. CallDetailApiTest names every field it may carry.
 */
public record CallDetail(
        @Schema(required = true) UUID callId,
        @Schema(required = true) UUID planId,
        @Schema(required = true) UUID referralId,
        @Schema(required = true) String personFirstName,
        @Schema(required = true) String phone,
        @Schema(required = true, description = "UTC", example = "2026-12-01T18:00:00Z") Instant startsAt,
        @Schema(required = true, description = "UTC", example = "2026-12-01T18:30:00Z") Instant endsAt,
        @Schema(required = true, description = "The start in Europe/London, as people say it",
                example = "Tuesday 1 December, 6pm") String when,
        @Schema(required = true, description = "The call's status: SCHEDULED until recorded, then its outcome")
        String status,
        @Schema(required = true) Stage stage,
        @Schema(required = true) int callNumber,
        @Schema(required = true) int totalCalls,
        @Schema(required = true) int attempt,
        @Schema(required = true, description = "The person's conditions; empty when not known (plans from before"
                + " they were sent)") List<Condition> conditions,
        @Schema(description = "The language the person prefers (ISO 639-1, e.g. en); null when not known",
                example = "en") String language,
        @Schema(required = true, description = "The person's usual times for calls, Europe/London")
        List<Window> usualTimes,
        @Schema(description = "The person's last completed call before this one; null before their first")
        LastCall lastCall,
        @Schema(description = "The person's next booked call after this one; null when none is booked yet")
        NextCall nextCall,
        @Schema(required = true) Limits limits,
        @Schema(description = "Set when this call was moved: the call it became (the latest attempt), whose page"
                + " to show instead") UUID movedTo) {

    /** The call's taper stage: its name, how often its calls are, and this call's place in it. */
    public record Stage(@Schema(required = true, example = "WEEKLY") String name,
            @Schema(required = true, description = "Weeks between the stage's calls", example = "1") int intervalWeeks,
            @Schema(required = true, description = "This call's number within the stage, from 1", example = "3")
            int callInStage,
            @Schema(required = true, description = "Calls in the stage, any a coordinator added included",
                    example = "8") int callsInStage) {}

    /** A SNOMED CT concept id and its plain-English name (null if it is not in the catalogue). */
    public record Condition(@Schema(required = true, example = "69896004") String code,
            @Schema(example = "Rheumatoid arthritis") String name) {}

    /** A weekly window, Europe/London wall-clock times. */
    public record Window(@Schema(required = true, example = "TUESDAY") DayOfWeek day,
            @Schema(required = true, example = "17:00:00") LocalTime start,
            @Schema(required = true, example = "19:00:00") LocalTime end) {

        static List<Window> of(Collection<? extends CallWindows.Weekly> windows) {
            return windows.stream().map(w -> new Window(w.day(), w.start(), w.end())).toList();
        }
    }

    /** What the person said last time: goals in their words and how confident they felt (1 to 10). */
    public record LastCall(@Schema(required = true, description = "UTC", example = "2026-11-24T18:00:00Z") Instant on,
            @Schema(description = "Null when none were recorded") CallOutcomeRequest.Goals goals,
            @Schema(description = "1 to 10; null when not recorded") Integer confidence) {}

    public record NextCall(@Schema(required = true) UUID callId,
            @Schema(required = true, description = "UTC", example = "2026-12-08T18:00:00Z") Instant startsAt,
            @Schema(required = true, description = "Europe/London, as people say it",
                    example = "Tuesday 8 December, 6pm") String when,
            @Schema(required = true) int callNumber,
            @Schema(required = true, example = "WEEKLY") String stage) {}

    /**
     * The programme's rules for this call, from schedule-service's own configuration: what the coach may do
     * when, so the page can say it before anything is refused.
     */
    public record Limits(
            @Schema(required = true, description = "From this instant (UTC) the call may be recorded as completed"
                    + " or not answered; moving or cancelling it is allowed at any time before",
                    example = "2026-12-01T17:00:00Z") Instant recordFrom,
            @Schema(required = true, description = "How long a call is booked for; a moved call must fit whole in"
                    + " one of moveWindows", example = "30") int callMinutes,
            @Schema(required = true, description = "When a call may be moved to: times in both the person's and"
                    + " the coach's call windows (Europe/London), in the future, not overlapping the coach's other"
                    + " calls") List<Window> moveWindows) {}
}
