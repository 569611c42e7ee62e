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
    HELD,
    /**
     * Fell in the coach's short pause (holiday, illness) and could not be moved within the stage's cadence: not made,
     * not missed (no missed-call alert), shown to nobody as a call to make.
     */
    SKIPPED;

    public boolean isMissed() {
        return this == NO_ANSWER || this == MISSED;
    }

    public boolean isOpen() {
        return this == SCHEDULED || this == HELD;
    }
}
