package org.peercoaching.volunteer.domain;

/** What the domain tells the rest of the suite; messaging/out writes it to the outbox. */
public interface VolunteerEventPublisher {
    void registered(Volunteer volunteer);
}
