package org.peercoaching.web.signin;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at this page: the session cookie holds their signed token, checked here with the same key and
 * issuer as the services check it. A missing, expired or forged cookie means signed out.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    public static final String COOKIE = "pc_session";
    public static final String FORWARDED_TOKEN = "X-Forwarded-Access-Token";
    public static final String COORDINATOR = "coordinator";
    public static final String VOLUNTEER = "volunteer";

    private final RoutingContext request;
    private final JWTParser parser;
    private final SecurityIdentity identity;
    private JsonWebToken token;
    private boolean read;

    public Viewer(RoutingContext request, JWTParser parser, SecurityIdentity identity) {
        this.request = request;
        this.parser = parser;
        this.identity = identity;
    }

    private Optional<JsonWebToken> jwt() {
        if (!read) {
            read = true;
            String presented = presented();
            if (presented != null) {
                try {
                    token = parser.parse(presented);
                } catch (ParseException e) {
                    token = null;
                }
            }
        }
        return Optional.ofNullable(token);
    }

    /**
     * The access token of the provider sign-in (prod: Quarkus OIDC's code flow keeps it in its encrypted session
     * cookie and refreshes it), else the dev sign-in's session cookie, else the access token a sign-in proxy in front
     * of the pages forwards (oauth2-proxy's {@code --pass-access-token} header). Each is verified here like any bearer
     * token, with the services' issuer, keys and audience, so a header made up by a client is no more trusted than a
     * cookie.
     */
    private String presented() {
        AccessTokenCredential signedIn = identity == null || identity.isAnonymous() ? null
                : identity.getCredential(AccessTokenCredential.class);
        if (signedIn != null && signedIn.getToken() != null) {
            return signedIn.getToken();
        }
        Cookie cookie = request.request().getCookie(COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        String forwarded = request.request().getHeader(FORWARDED_TOKEN);
        return forwarded == null || forwarded.isBlank() ? null : forwarded.strip();
    }

    public Optional<String> token() {
        return jwt().map(JsonWebToken::getRawToken);
    }

    public boolean signedIn() {
        return jwt().isPresent();
    }

    public boolean is(String role) {
        return jwt().map(t -> {
            Set<String> groups = t.getGroups();
            return groups != null && groups.contains(role);
        }).orElse(false);
    }

    /** The coordinator's name, or the volunteer's id as a string. */
    public String id() {
        return jwt().map(t -> is(VOLUNTEER) ? claim(t, "volunteer_id") : t.getName()).orElse("");
    }

    public String displayName() {
        return jwt().map(t -> {
            String name = claim(t, "name");
            return !name.isEmpty() ? name : is(VOLUNTEER) ? "Volunteer coach" : t.getSubject();
        }).orElse("");
    }

    private static String claim(JsonWebToken t, String name) {
        Object value = t.getClaim(name);
        if (value == null) {
            return "";
        }
        return value instanceof jakarta.json.JsonString js ? js.getString() : value.toString();
    }

    /** Throws {@link SignInNeeded} unless signed in with this role; pages call it first. */
    public void require(String role) {
        if (!signedIn()) {
            throw new SignInNeeded(request.request().uri());
        }
        if (!is(role)) {
            throw new WrongRole(role);
        }
    }

    public static final class SignInNeeded extends RuntimeException {
        public final String then;

        SignInNeeded(String then) {
            super("Sign in needed", null, false, false);
            this.then = then;
        }
    }

    public static final class WrongRole extends RuntimeException {
        public final String role;

        WrongRole(String role) {
            super("This page is for the " + role + " role", null, false, false);
            this.role = role;
        }
    }
}
