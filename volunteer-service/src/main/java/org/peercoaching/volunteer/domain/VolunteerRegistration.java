package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class VolunteerRegistration {

    private final VolunteerRepository volunteers;
    private final VolunteerEventPublisher events;
    private final Clock clock;

    public VolunteerRegistration(VolunteerRepository volunteers, VolunteerEventPublisher events, Clock clock) {
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a coach and tells the suite in the same transaction. Until the onboarding lifecycle
     * lands, a registered coach is ACTIVE at once so that the matching flow can run end to end.
     */
    @Transactional
    public Volunteer register(NewVolunteer request) {
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.firstName = request.firstName().strip();
        volunteer.lastName = request.lastName().strip();
        volunteer.phone = request.phone().strip();
        volunteer.email = request.email();
        volunteer.gender = request.gender();
        volunteer.imdDecile = request.imdDecile();
        volunteer.status = VolunteerStatus.ACTIVE;
        volunteer.registeredAt = clock.instant();
        volunteer.languages.addAll(request.languages());
        volunteer.conditionCodes.addAll(request.conditionCodes());
        volunteer.callWindows.addAll(request.callWindows());
        volunteers.persist(volunteer);
        events.registered(volunteer);
        return volunteer;
    }
}
