package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;

/** Records supervision sessions and who attended. */
@ApplicationScoped
public class Supervision {

    public static final String ATTENDEES_REFUSED = ProblemTypes.BASE + "supervision-attendees";

    private final SupervisionRepository sessions;
    private final VolunteerRepository volunteers;
    private final SafeguardingHolds holds;
    private final VolunteerEventPublisher events;
    private final Clock clock;

    public Supervision(SupervisionRepository sessions, VolunteerRepository volunteers, SafeguardingHolds holds,
            VolunteerEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.volunteers = volunteers;
        this.holds = holds;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SupervisionSession record(SupervisionMode kind, LocalDate heldOn, String facilitator, List<UUID> attendees) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == SupervisionMode.ONE_TO_ONE && attendees.size() != 1) {
            errors.add(new Problem.FieldError("attendees", "a one-to-one session has exactly one coach"));
        }
        for (int i = 0; i < attendees.size(); i++) {
            Volunteer v = volunteers.findById(attendees.get(i));
            if (v == null) {
                errors.add(new Problem.FieldError("attendees[" + i + "]", "no coach has this id"));
            } else if (v.status == VolunteerStatus.LEFT) {
                errors.add(new Problem.FieldError("attendees[" + i + "]", "this coach has left the programme"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(ATTENDEES_REFUSED,
                    "The session was not recorded: check the attendees.", errors);
        }
        SupervisionSession session = new SupervisionSession();
        session.id = UUID.randomUUID();
        session.kind = kind;
        session.heldOn = heldOn;
        session.facilitator = facilitator.strip();
        session.recordedAt = clock.instant();
        session.attendees.addAll(attendees);
        sessions.persist(session);
        // attending lifts a supervision hold at once
        for (UUID attendee : attendees) {
            Volunteer v = volunteers.findById(attendee);
            if (holds.refresh(v)) {
                events.updated(v);
            }
        }
        return session;
    }
}
