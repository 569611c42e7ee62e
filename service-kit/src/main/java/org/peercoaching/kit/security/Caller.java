package org.peercoaching.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.peercoaching.kit.problem.ProblemException;

/**
 * Who is calling, from the verified bearer token. Object-level checks use it: a volunteer only
 * reaches their own coach id, a pathway system only its own pathway's referrals.
 */
@RequestScoped
public class Caller {

    public static final String VOLUNTEER_ID_CLAIM = "volunteer_id";
    public static final String PATHWAY_CLAIM = "pathway";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The stable id of the caller (the token subject), recorded as "who" on changes and in the audit trail. */
    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public String role() {
        for (String role : new String[] {Roles.ADMIN, Roles.COORDINATOR, Roles.PATHWAY, Roles.VOLUNTEER}) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return identity.isAnonymous() ? "anonymous" : "none";
    }

    /** The coach id a volunteer's token is bound to, if the caller is a volunteer. */
    public Optional<UUID> volunteerId() {
        return claim(VOLUNTEER_ID_CLAIM).flatMap(Caller::uuid);
    }

    /** The pathway code a pathway system's token is bound to. */
    public Optional<String> pathway() {
        return claim(PATHWAY_CLAIM);
    }

    /**
     * For a volunteer caller, the coach id must be their own. Someone else's gets 404, so a volunteer
     * cannot learn which ids exist by changing the one in the address.
     */
    public void requireOwnCoach(UUID coachId, String what) {
        if (is(Roles.VOLUNTEER) && !volunteerId().map(coachId::equals).orElse(false)) {
            throw ProblemException.notFound(what);
        }
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous() || token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
