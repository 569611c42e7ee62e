package org.peercoaching.volunteer.domain;

/** Something about a coach the coordinator needs to act on. */
public enum Flag {
    /** Active, and no supervision attended within the interval since the last session (or activation). */
    SUPERVISION_OVERDUE,
    /** The DBS check falls due for renewal within the warning period. */
    DBS_RENEWAL_DUE,
    /** The DBS check's renewal date has passed: the coach must not take new people until it is renewed. */
    DBS_EXPIRED,
    /** Paused, and the date they expected to come back has passed. */
    PAUSE_OVERRUN,
    /** Borrowed kit is due back within the warning period, or overdue. */
    KIT_DUE_BACK
}
