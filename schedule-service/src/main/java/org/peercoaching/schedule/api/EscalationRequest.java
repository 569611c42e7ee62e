package org.peercoaching.schedule.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A safety concern on a call; the detail is for the coordinator only. */
public record EscalationRequest(
        @NotNull(message = "is required: CRISIS, SAFEGUARDING or CLINICAL_RED_FLAG") Category category,
        @NotBlank(message = "is required: say what happened and what you have done")
        @Size(max = 4000, message = "must be at most 4000 characters") String detail) {

    public enum Category {
        CRISIS,
        SAFEGUARDING,
        CLINICAL_RED_FLAG
    }
}
