package org.peercoaching.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters of the API are read as strictly as bodies ({@link org.peercoaching.kit.api.StrictJson}): a
 * parameter the operation does not have, a parameter given with no value, or a true/false parameter given anything
 * else is refused with 400 naming it, never ignored or guessed at (the framework reads {@code limit=} as "use the
 * default" and {@code again=yes} as false). The OpenAPI document lists each operation's parameters; nothing else
 * is accepted.
 */
public class StrictQueryParameters {

    @ServerRequestFilter
    public Optional<Response> refuseUnknownOrEmpty(ContainerRequestContext request, ResourceInfo resource,
            UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        if (path == null || !path.startsWith("/api/") || resource == null || resource.getResourceMethod() == null
                || uri.getQueryParameters().isEmpty()) {
            return Optional.empty();
        }
        List<Problem.FieldError> errors = QueryParameters.refused(resource.getResourceMethod(), uri);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return Optional.of(Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(new Problem(ProblemTypes.INVALID_FIELDS, "Your request has invalid fields", 400, detail, path,
                        errors))
                .build());
    }
}
