package org.peercoaching.events;

import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.events.volunteer.VolunteerRegisteredV1;

/** The catalogue of event types; docs/events.md describes each one. */
public final class EventTypes {

    public static final EventType<VolunteerRegisteredV1> VOLUNTEER_REGISTERED =
            new EventType<>("volunteer.registered.v1", Topics.VOLUNTEERS, VolunteerRegisteredV1.class);

    public static final EventType<MatchConfirmedV1> MATCH_CONFIRMED =
            new EventType<>("match.confirmed.v1", Topics.MATCHES, MatchConfirmedV1.class);

    private EventTypes() {}
}
