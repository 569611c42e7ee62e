package org.peercoaching.schedule.domain.call;

public enum CallStatus {
    SCHEDULED,
    COMPLETED,
    NO_ANSWER,
    RESCHEDULED,
    CANCELLED
}
