package org.peercoaching.schedule.domain.call;

import java.time.Instant;

/** What a coach records about a call, mapped out of the request at the API edge. */
public record Outcome(
        Kind kind, Integer durationMinutes, String notes, Goals goals, Integer confidence, Instant rescheduleTo) {

    public enum Kind {
        COMPLETED,
        NO_ANSWER,
        RESCHEDULED,
        CANCELLED
    }

    /** The person's goals in the TGROW shape: topic, goal, reality, options, way forward. */
    public record Goals(String topic, String goal, String reality, String options, String wayForward) {}
}
