package org.peercoaching.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * What happened on a call. COMPLETED needs durationMinutes and confidence (goals and notes optional);
 * RESCHEDULED needs rescheduleTo; NO_ANSWER and CANCELLED need nothing else.
 */
public record CallOutcomeRequest(
        @NotNull(message = "is required: COMPLETED, NO_ANSWER, RESCHEDULED or CANCELLED") Kind outcome,
        @Min(value = 1, message = "must be at least 1 minute") @Max(value = 180, message = "must be at most 180 minutes")
        Integer durationMinutes,
        @Size(max = 4000, message = "must be at most 4000 characters") String notes,
        @Valid Goals goals,
        @Min(value = 1, message = "must be from 1 to 10") @Max(value = 10, message = "must be from 1 to 10")
        Integer confidence,
        OffsetDateTime rescheduleTo) {

    public enum Kind {
        COMPLETED,
        NO_ANSWER,
        RESCHEDULED,
        CANCELLED
    }

    /** The person's goals in the TGROW shape, in their own words. */
    public record Goals(
            @Size(max = 1000, message = "must be at most 1000 characters") String topic,
            @Size(max = 1000, message = "must be at most 1000 characters") String goal,
            @Size(max = 1000, message = "must be at most 1000 characters") String reality,
            @Size(max = 1000, message = "must be at most 1000 characters") String options,
            @Size(max = 1000, message = "must be at most 1000 characters") String wayForward) {}
}
