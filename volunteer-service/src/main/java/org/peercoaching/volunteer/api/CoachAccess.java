package org.peercoaching.volunteer.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Caller;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRepository;

/**
 * Object-level access to coaches: a coordinator reaches only the coaches they look after, a volunteer only
 * their own record. Anyone else's coach is answered exactly like an id no coach has (404), so ids cannot be
 * probed. Resources call this before any change, and before the body is validated.
 */
@ApplicationScoped
public class CoachAccess {

    private final Caller caller;
    private final VolunteerRepository volunteers;
    private final Validator validator;

    public CoachAccess(Caller caller, VolunteerRepository volunteers, Validator validator) {
        this.caller = caller;
        this.volunteers = volunteers;
        this.validator = validator;
    }

    /** The signed-in caller's id (token subject): the coordinator whose coaches are in reach. */
    public String callerId() {
        return caller.id();
    }

    /** The coach with this id if the caller may reach them; otherwise a 404 that says no more than for an unknown id. */
    public Volunteer coach(UUID id) {
        Volunteer v = volunteers.findById(id);
        if (v == null || !mayReach(v)) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        return v;
    }

    /** A coordinator's own coach, or (for a volunteer) their own record. */
    public boolean mayReach(Volunteer v) {
        if (caller.is(Roles.COORDINATOR) && caller.id().equals(v.coordinatorId)) {
            return true;
        }
        return caller.is(Roles.VOLUNTEER) && caller.volunteerId().map(v.id::equals).orElse(false);
    }

    /** The coaches the signed-in coordinator looks after, oldest registration first. */
    public List<Volunteer> ownCoaches() {
        return volunteers.list("coordinatorId = ?1 order by registeredAt, id", caller.id());
    }

    /** The ids of the coaches the signed-in coordinator looks after. */
    public Set<UUID> ownCoachIds() {
        return volunteers.find("select v.id from Volunteer v where v.coordinatorId = ?1", caller.id())
                .project(UUID.class).stream().collect(Collectors.toSet());
    }

    /**
     * Checks a request body after the access check, so that someone else's coach is a 404 whatever the
     * body holds. Bad fields are a 400 naming each one, as for any other body.
     */
    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.invalidField("body", "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
