package org.peercoaching.web.services;

/** The three services the pages read from and write to. */
public enum Service {
    VOLUNTEER("volunteer-service"),
    MATCHING("matching-service"),
    SCHEDULE("schedule-service");

    public final String displayName;

    Service(String displayName) {
        this.displayName = displayName;
    }
}
