package org.peercoaching.web.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;

/**
 * Signing in and out. Locally a dev sign-in signs a token for a demo coordinator or volunteer with the dev
 * key (services trust it only outside prod). In prod this page is off: the trust's identity provider signs in.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Duration SESSION = Duration.ofHours(10);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance signIn(boolean devSignIn, String then, FormErrors errors,
                String name, String volunteerId, String signInUrl);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final boolean devSignIn;
    private final boolean secureCookie;
    private final String signInUrl;
    private final Optional<String> signOutUrl;

    public SignInResource(Viewer viewer, ServiceApi api, @ConfigProperty(name = "peercoaching.web.dev-sign-in") boolean devSignIn,
            @ConfigProperty(name = "peercoaching.web.secure-cookie") boolean secureCookie,
            @ConfigProperty(name = "peercoaching.web.sign-in-url") Optional<String> signInUrl,
            @ConfigProperty(name = "peercoaching.web.sign-out-url") Optional<String> signOutUrl) {
        this.signInUrl = signInUrl.orElse("");
        this.signOutUrl = signOutUrl;
        this.viewer = viewer;
        this.api = api;
        this.devSignIn = devSignIn;
        this.secureCookie = secureCookie;
    }

    @GET
    public Response home() {
        if (viewer.is(Viewer.COORDINATOR)) {
            return see("/coordinator");
        }
        if (viewer.is(Viewer.VOLUNTEER)) {
            return see("/volunteer");
        }
        return see("/sign-in");
    }

    @GET
    @Path("sign-in")
    public Response signInPage(@QueryParam("then") String then) {
        if (viewer.signedIn()) {
            // signed in already (with provider sign-in every page, this one too, starts at the provider's login)
            return home();
        }
        return Response.ok(Templates.signIn(devSignIn, safe(then), FormErrors.NONE, "j.okafor", "", signInUrl)).build();
    }

    /** Where the provider sends people after signing out there: the sign-in page, with nothing personal on it. */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signIn(devSignIn, "", FormErrors.NONE, "", "", signInUrl);
    }

    @POST
    @Path("sign-in")
    public Response signIn(@FormParam("role") String role, @FormParam("name") String name,
            @FormParam("volunteerId") String volunteerId, @FormParam("then") String then) {
        if (!devSignIn) {
            return Response.status(404).entity(Templates.signIn(false, "", FormErrors.NONE, "", "", signInUrl)).build();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String token = null;
        if (Viewer.VOLUNTEER.equals(role)) {
            UUID id = null;
            try {
                id = UUID.fromString(volunteerId == null ? "" : volunteerId.strip());
            } catch (IllegalArgumentException e) {
                errors.put("volunteerId", "Enter your volunteer id, for example 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b");
            }
            if (id != null) {
                token = volunteerToken(id, errors);
            }
        } else if (Viewer.COORDINATOR.equals(role)) {
            String n = name == null ? "" : name.strip().toLowerCase();
            if (!NAME.matcher(n).matches()) {
                errors.put("name", "Enter your sign-in name in lower case, for example j.okafor");
            } else {
                token = DevTokens.sign(n, DevTokens.COORDINATOR, Map.of("name", n), SESSION);
            }
        } else {
            errors.put("role", "Choose whether you are a coordinator or a volunteer coach");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.signIn(true, safe(then), FormErrors.of(errors),
                    name == null ? "" : name, volunteerId == null ? "" : volunteerId, signInUrl)).build();
        }
        String next = safe(then).isEmpty() ? (Viewer.VOLUNTEER.equals(role) ? "/volunteer" : "/coordinator") : safe(then);
        return Response.seeOther(URI.create(next)).cookie(cookie(token, SESSION)).build();
    }

    /**
     * A token for this volunteer with their first name in it (as the trust's identity provider would give), or an
     * error next to the field when volunteer-service does not know the id.
     */
    private String volunteerToken(UUID id, Map<String, String> errors) {
        String probe = DevTokens.volunteer(id);
        try {
            Profile profile = api.getAs(probe, Service.VOLUNTEER, "/api/v1/volunteers/" + id, Profile.class);
            return DevTokens.sign("volunteer-" + id, DevTokens.VOLUNTEER,
                    Map.of("volunteer_id", id.toString(), "name", profile.firstName()), SESSION);
        } catch (ServiceProblem e) {
            if (e.status == 404) {
                errors.put("volunteerId", "There is no volunteer with that id. Check it with your coordinator");
                return null;
            }
            throw e;
        }
    }

    record Profile(String firstName) {}

    @POST
    @Path("sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create(signOutUrl.orElse("/sign-in"))).cookie(cookie("", Duration.ZERO)).build();
    }

    private NewCookie cookie(String value, Duration maxAge) {
        return new NewCookie.Builder(Viewer.COOKIE).value(value).path("/").httpOnly(true).secure(secureCookie)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) maxAge.toSeconds()).build();
    }

    /** Only a path on this site: never send someone on to another site after signing in. */
    static String safe(String then) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.contains("\\")
                || then.startsWith("/sign-")) {
            return "";
        }
        try {
            URI.create(then); // a tab or other character no address may hold: not a page to send anyone to
        } catch (IllegalArgumentException e) {
            return "";
        }
        return then;
    }

    private static Response see(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
