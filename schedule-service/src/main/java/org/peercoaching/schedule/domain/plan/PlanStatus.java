package org.peercoaching.schedule.domain.plan;

public enum PlanStatus {
    /** Calls are booked. */
    ACTIVE,
    /** No time fits both the coach and the person: a coordinator must arrange it. */
    NEEDS_SLOT
}
