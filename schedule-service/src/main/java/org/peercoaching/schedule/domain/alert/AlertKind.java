package org.peercoaching.schedule.domain.alert;

public enum AlertKind {
    /** A coach raised a safety concern on a call. */
    ESCALATION,
    /** Three calls in a row were not answered or not made. */
    MISSED_CALLS,
    /** No time fits both the coach and the person for the next calls. */
    NO_COMMON_SLOT,
    /** A coach's DBS check falls due for renewal in 60, 30 or 7 days (about the coach: no plan, no person). */
    DBS_RENEWAL_DUE,
    /** A coach's short pause moved or skipped their people's calls (names each person and call). */
    CALLS_MOVED_OR_SKIPPED
}
