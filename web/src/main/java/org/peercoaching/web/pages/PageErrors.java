package org.peercoaching.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** Every failure becomes a plain-English page (or a trip to the sign-in page); never a stack trace. */
public class PageErrors {

    private static final Logger LOG = Logger.getLogger(PageErrors.class);

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(String title, String message);
    }

    @ServerExceptionMapper
    public Response signInNeeded(Viewer.SignInNeeded e) {
        return toSignIn(e.then);
    }

    @ServerExceptionMapper
    public Response wrongRole(Viewer.WrongRole e) {
        return page(403, "This page is not for you",
                "This page is for signed-in " + e.role + "s. Go back to your own home page, or sign out and sign in"
                        + " with the right account.");
    }

    @ServerExceptionMapper
    public Response serviceProblem(ServiceProblem e) {
        if (e.signedOut()) {
            return toSignIn("");
        }
        return page(e.status == 404 ? 404 : e.status >= 500 ? 503 : e.status, e.title, e.summary());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "If you typed the web address, check it is correct.");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return page(w.getResponse().getStatus(), "That did not work",
                    "Check what you entered and try again.");
        }
        LOG.error("Page failed", e);
        return page(500, "Sorry, there is a problem with the service",
                "Try again later. If it keeps happening, tell the service desk the time it happened.");
    }

    static Response toSignIn(String then) {
        String query = then == null || then.isEmpty() ? "" : "?then=" + URLEncoder.encode(then, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/sign-in" + query)).build();
    }

    static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(title, message).render()).build();
    }
}
