package org.peercoaching.schedule.domain.call;

public enum CallStatus {
    /** Booked and still to happen. */
    SCHEDULED,
    COMPLETED,
    NO_ANSWER,
    /** Moved: a later attempt with the same call number replaces it. */
    RESCHEDULED,
    CANCELLED,
    /** Past its time and grace with nothing recorded. */
    MISSED,
    /** The coach paused or left: kept for the re-match that follows, shown on nobody's list. */
    HELD;

    public boolean isMissed() {
        return this == NO_ANSWER || this == MISSED;
    }

    public boolean isOpen() {
        return this == SCHEDULED || this == HELD;
    }
}
