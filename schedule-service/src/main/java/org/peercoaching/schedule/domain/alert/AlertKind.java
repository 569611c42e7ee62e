package org.peercoaching.schedule.domain.alert;

public enum AlertKind {
    /** A coach raised a safety concern on a call. */
    ESCALATION,
    /** Three calls in a row were not answered or not made. */
    MISSED_CALLS,
    /** No time fits both the coach and the person for the next calls. */
    NO_COMMON_SLOT
}
