package org.peercoaching.volunteer.domain;

/** What the domain tells the rest of the suite; messaging/out writes it to the outbox in the caller's transaction. */
public interface VolunteerEventPublisher {

    void registered(Volunteer volunteer);

    /** The profile or status changed in a way the rest of the suite can see (the snapshot differs). */
    void updated(Volunteer volunteer);

    void activated(Volunteer volunteer);

    void paused(Volunteer volunteer);

    void resumed(Volunteer volunteer);

    void left(Volunteer volunteer);

    /** The coach's DBS check falls due for renewal in {@code daysBefore} days: a reminder for their coordinator. */
    void dbsRenewalReminder(Volunteer volunteer, java.time.LocalDate renewalDue, int daysBefore);

    /** A comparable fingerprint of what the events would carry, so updates are only published when it changes. */
    Object snapshotOf(Volunteer volunteer);
}
