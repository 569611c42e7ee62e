package org.peercoaching.matching.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Caller;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Object-level access in matching (docs/security.md, "Who owns what"):
 * <ul>
 * <li>a referral belongs to its pathway: a pathway system reaches only referrals of the pathway in its token;
 * <li>for coordinators a referral is on the shared waiting list while it waits (any coordinator may see it
 * and match it to one of their own coaches); once proposed to or matched with a coach, and after it closes,
 * only the coordinator of that coach sees it;
 * <li>a match belongs to the coordinator of its coach.
 * </ul>
 * Anything else is answered exactly like an id that does not exist (404), so ids cannot be probed. Resources
 * call this before anything else about the request, and check bodies afterwards ({@link #valid}).
 */
@ApplicationScoped
public class MatchingAccess {

    private final Caller caller;
    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final CoachRepository coaches;
    private final Validator validator;

    public MatchingAccess(Caller caller, ReferralRepository referrals, MatchRepository matches, CoachRepository coaches,
            Validator validator) {
        this.caller = caller;
        this.referrals = referrals;
        this.matches = matches;
        this.coaches = coaches;
        this.validator = validator;
    }

    /** Who is acting, as recorded with every change: the token subject, never a name from a request body. */
    public String callerId() {
        return caller.id();
    }

    /** The pathway code in a pathway system's token. */
    public Optional<String> callerPathway() {
        return caller.is(Roles.PATHWAY) ? caller.pathway() : Optional.empty();
    }

    /** Coordinators see who the coach is and why; a pathway sees what happened, not which coach or why. */
    public boolean seesCoaches() {
        return caller.is(Roles.COORDINATOR);
    }

    /** The referral if the caller may reach it; otherwise a 404 that says no more than for an unknown id. */
    public Referral referral(UUID id) {
        Referral referral = referrals.findById(id);
        if (referral == null || !mayReach(referral)) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    boolean mayReach(Referral referral) {
        if (caller.is(Roles.PATHWAY) && caller.pathway().map(referral.pathway::equals).orElse(false)) {
            return true;
        }
        return caller.is(Roles.COORDINATOR) && coordinatorMayReach(referral);
    }

    private boolean coordinatorMayReach(Referral referral) {
        Optional<Match> open = matches.openFor(referral.id);
        if (open.isPresent()) {
            return ownsCoach(open.get().volunteerId);
        }
        if (referral.status == ReferralStatus.WAITING || referral.status == ReferralStatus.RECEIVED) {
            return true; // the shared waiting list
        }
        // closed (graduated, withdrawn, ...): the coordinator of the coach it was last matched with, if any
        return matches.lastConfirmedFor(referral.id).map(m -> ownsCoach(m.volunteerId)).orElse(false);
    }

    /**
     * For an administrator choosing a coach on hold: a referral that is waiting or has a proposal (the only ones an
     * override can act on); anything else is a 404.
     */
    public Referral referralAwaitingCoach(UUID id) {
        Referral referral = referrals.findById(id);
        if (referral == null || (referral.status != ReferralStatus.WAITING && referral.status != ReferralStatus.PROPOSED
                && referral.status != ReferralStatus.RECEIVED)) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    /** Any coach, for an administrator; an unknown id is a 404. */
    public Coach anyCoach(UUID volunteerId) {
        Coach coach = volunteerId == null ? null : coaches.findById(volunteerId);
        if (coach == null) {
            throw ProblemException.notFound("Coach " + volunteerId);
        }
        return coach;
    }

    /** Whether the caller signed in as an administrator. */
    public boolean isAdministrator() {
        return caller.is(Roles.ADMIN);
    }

    /** A match of one of the caller's own coaches; anyone else's is a 404. */
    public Match match(UUID id) {
        Match match = matches.findById(id);
        if (match == null || !ownsCoach(match.volunteerId)) {
            throw ProblemException.notFound("Match " + id);
        }
        return match;
    }

    /** One of the signed-in coordinator's own coaches; anyone else's is a 404. */
    public Coach ownCoach(UUID volunteerId) {
        Coach coach = volunteerId == null ? null : coaches.findById(volunteerId);
        if (coach == null || !isOwn(coach)) {
            throw ProblemException.notFound("Coach " + volunteerId);
        }
        return coach;
    }

    /** Whether the caller is a coordinator who looks after this coach. */
    public boolean ownsCoach(UUID volunteerId) {
        return caller.is(Roles.COORDINATOR) && coaches.looksAfter(caller.id(), volunteerId);
    }

    public boolean isOwn(Coach coach) {
        return caller.is(Roles.COORDINATOR) && coach != null && caller.id().equals(coach.coordinatorId);
    }

    /**
     * Checks a request body after the access check, so that someone else's referral or match is a 404
     * whatever the body holds. Bad fields are a 400 naming each one, as for any other body.
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
