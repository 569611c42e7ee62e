package org.peercoaching.schedule.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Caller;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.coach.CoachCoordinatorRepository;

/**
 * Object-level checks: a volunteer acts only for their own coach id, a coordinator only for the coaches
 * they look after (coach_coordinator). Anything else is "not found", so ids cannot be probed.
 */
@RequestScoped
public class CoachAccess {

    private final Caller caller;
    private final CoachCoordinatorRepository coordinators;

    public CoachAccess(Caller caller, CoachCoordinatorRepository coordinators) {
        this.caller = caller;
        this.coordinators = coordinators;
    }

    /** Whether the caller may see and act on this coach's calls. */
    public boolean mayActFor(UUID coachId) {
        if (coachId == null) {
            return false;
        }
        if (caller.is(Roles.VOLUNTEER) && caller.volunteerId().map(coachId::equals).orElse(false)) {
            return true;
        }
        return caller.is(Roles.COORDINATOR) && coordinators.looksAfter(caller.id(), coachId);
    }

    /** Throws 404 "{what} was not found" unless the caller may act for the coach. */
    public void requireCoach(UUID coachId, String what) {
        if (!mayActFor(coachId)) {
            throw ProblemException.notFound(what);
        }
    }

    /** Whether the caller is an admin, who may act on any plan where an action allows admins. */
    public boolean isAdmin() {
        return caller.is(Roles.ADMIN);
    }

    /** The coordinator's sign-in subject, to filter lists to their own coaches. */
    public String coordinatorId() {
        return caller.id();
    }

    /** Who is doing it, as recorded with a change: the token subject, never a name from the request body. */
    public String callerId() {
        return caller.id();
    }
}
