package org.peercoaching.volunteer.domain;

import java.util.UUID;

/**
 * A coach's call activity over a period: calls recorded (any outcome), calls completed, and the minutes
 * of completed calls (volunteer hours = minutes / 60).
 */
public record ActivitySummary(UUID volunteerId, long callsRecorded, long callsCompleted, long minutes) {

    public static ActivitySummary none(UUID volunteerId) {
        return new ActivitySummary(volunteerId, 0, 0, 0);
    }

    public double hours() {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
