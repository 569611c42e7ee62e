package org.peercoaching.kit.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rules the token verifier does not apply by itself, the same in every service: a token must name who it is
 * for (a non-blank {@code sub}) and must not claim to be issued in the future ({@code iat} later than now plus
 * the allowed clock skew). A token breaking either is refused with 401, as a bad signature is.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int clockSkewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String refusal = refusal(token.getSubject(), token.getIssuedAtTime(), Instant.now(), clockSkewSeconds);
        if (refusal != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(refusal));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a token with this subject and issued-at (epoch seconds, 0 when absent) is refused, or null. */
    static String refusal(String subject, long issuedAt, Instant now, int clockSkewSeconds) {
        if (subject == null || subject.isBlank()) {
            return "The token names no subject";
        }
        if (issuedAt > now.getEpochSecond() + clockSkewSeconds) {
            return "The token is issued in the future";
        }
        return null;
    }
}
