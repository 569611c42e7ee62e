package org.peercoaching.schedule.domain.plan;

public enum PlanStatus {
    /** Calls are booked. */
    ACTIVE,
    /** No time fits both the coach and the person: a coordinator must arrange it. */
    NEEDS_SLOT,
    /** The coach paused or left; the future calls are held for the re-match. */
    AWAITING_COACH,
    /** Every call is done and the person has graduated; the follow-up activation measure is awaited. */
    AWAITING_FOLLOW_UP,
    /** Graduated, follow-up recorded, pathway told. */
    COMPLETED,
    /** Withdrawn or stopped before the end; future calls cancelled. */
    ENDED;

    public boolean isOver() {
        return this == AWAITING_FOLLOW_UP || this == COMPLETED || this == ENDED;
    }
}
