package org.peercoaching.events;

/** One topic per publishing aggregate, keyed by the aggregate id so one aggregate's events stay in order. */
public final class Topics {
    public static final String VOLUNTEERS = "volunteers";
    public static final String REFERRALS = "referrals";
    public static final String MATCHES = "matches";
    public static final String SCHEDULE = "schedule";

    private Topics() {}
}
