package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;

/** Registers coaches and keeps their profiles; every change others must hear about goes out with it. */
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
     * Registers a coach as an APPLICANT, looked after by the given coordinator (their sign-in subject); they
     * take people only once onboarding is done and they are activated.
     */
    @Transactional
    public Volunteer register(NewVolunteer request, String coordinatorId) {
        Volunteer volunteer = newApplicant(request);
        volunteer.coordinatorId = coordinatorId;
        volunteers.persist(volunteer);
        events.registered(volunteer);
        return volunteer;
    }

    /** Replaces a coach's profile; publishes volunteer.updated.v1 only if what others see has changed. */
    @Transactional
    public Volunteer update(UUID id, NewVolunteer request) {
        Volunteer volunteer = volunteers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
        applyProfile(volunteer, request);
        return volunteer;
    }

    /**
     * Registers new coaches (looked after by the given coordinator) and updates existing ones in one
     * transaction: all of them or none. Returns the coaches, in the order of the rows.
     */
    @Transactional
    public List<Volunteer> importAll(List<ImportRow> rows, String coordinatorId) {
        List<Volunteer> imported = new ArrayList<>();
        for (ImportRow row : rows) {
            imported.add(row.id() == null ? register(row.profile(), coordinatorId) : update(row.id(), row.profile()));
        }
        return imported;
    }

    /**
     * Gives a coach to another coordinator; publishes volunteer.updated.v1 so the other services learn who
     * looks after them now. Giving a coach to the coordinator they already have changes nothing.
     */
    @Transactional
    public Volunteer reassign(UUID id, String coordinatorId) {
        Volunteer volunteer = volunteers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Volunteer " + id));
        if (!volunteer.coordinatorId.equals(coordinatorId)) {
            volunteer.coordinatorId = coordinatorId;
            volunteers.flush();
            events.updated(volunteer);
        }
        return volunteer;
    }

    /** One validated row of an import: an id to update, or none to register a new applicant. */
    public record ImportRow(UUID id, NewVolunteer profile) {}

    private void applyProfile(Volunteer volunteer, NewVolunteer request) {
        Object before = events.snapshotOf(volunteer);
        fill(volunteer, request);
        volunteers.flush();
        if (!Objects.equals(before, events.snapshotOf(volunteer))) {
            events.updated(volunteer);
        }
    }

    private Volunteer newApplicant(NewVolunteer request) {
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.status = VolunteerStatus.APPLICANT;
        volunteer.registeredAt = clock.instant();
        volunteer.statusChangedAt = volunteer.registeredAt;
        fill(volunteer, request);
        return volunteer;
    }

    private static void fill(Volunteer volunteer, NewVolunteer request) {
        volunteer.firstName = request.firstName().strip();
        volunteer.lastName = request.lastName().strip();
        volunteer.phone = request.phone().strip();
        volunteer.email = blankToNull(request.email());
        volunteer.dateOfBirth = request.dateOfBirth();
        volunteer.ageBand = blankToNull(request.ageBand());
        volunteer.gender = request.gender();
        volunteer.imdDecile = request.imdDecile();
        volunteer.lsoaCode = blankToNull(request.lsoaCode());
        volunteer.livedExperienceNotes = blankToNull(request.livedExperienceNotes());
        volunteer.device = request.device() == null ? Device.OWN_DEVICE : request.device();
        volunteer.loanedOn = volunteer.device == Device.BORROWED_KIT ? request.loanedOn() : null;
        volunteer.loanDueBack = volunteer.device == Device.BORROWED_KIT ? request.loanDueBack() : null;
        volunteer.competenceLevel = request.competenceLevel();
        volunteer.coordinator = blankToNull(request.coordinator());
        volunteer.languages.clear();
        volunteer.languages.addAll(request.languages());
        volunteer.conditionCodes.clear();
        volunteer.conditionCodes.addAll(request.conditionCodes());
        volunteer.callWindows.clear();
        volunteer.callWindows.addAll(request.callWindows());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
