package org.peercoaching.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.peercoaching.kit.api.PlainText;

/** Turns every failure into RFC 9457 problem+json; bad input is always a 4xx naming each bad field. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldPath(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return invalid(errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return unreadableField(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseableJson(JsonParseException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyLimit.TooLargeException e, UriInfo uri) {
        return respond(tooLarge(e, uri));
    }

    /** The body ran over the size limit as it was read, whatever the reader wrapped that in. */
    static BodyLimit.TooLargeException tooLargeIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyLimit.TooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    static Problem tooLarge(BodyLimit.TooLargeException e, UriInfo uri) {
        return new Problem(HttpLimits.BODY_TOO_LARGE, "The request body is too large", 413,
                "The request body may be at most " + e.limit() + " bytes. Nothing was stored.", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /**
     * The framework's own refusals. A body it could not read (not JSON, cut short, not UTF-8) arrives as a bare
     * 400 with the reader's failure as cause, and a query value it could not convert ({@code limit=x}) as a 404:
     * both are turned into the problem that says what was wrong.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof JsonMappingException mapping) {
            return unreadableField(mapping, uri);
        }
        if (status == 400 && (cause instanceof JsonProcessingException || cause instanceof IOException)) {
            return unreadableBody(cause, uri);
        }
        if (status == 404 && resource != null) {
            List<Problem.FieldError> badParameters = QueryParameters.unconvertible(resource.getResourceMethod(), uri);
            if (!badParameters.isEmpty()) {
                return invalid(badParameters, uri);
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem(ProblemTypes.HTTP, title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response signInRequired(io.quarkus.security.UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return signIn(uri, headers);
    }

    @ServerExceptionMapper
    public Response signInFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri,
            HttpHeaders headers) {
        return signIn(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "You do not have access to this", 403,
                "Your role does not allow this. If you think it should, ask your coordinator or the service desk.",
                path(uri), List.of()));
    }

    /**
     * Every 401 says how to sign in (RFC 6750): {@code Bearer} when no token was sent, and
     * {@code Bearer error="invalid_token"} when the one sent was refused.
     */
    private Response signIn(UriInfo uri, HttpHeaders headers) {
        Problem problem = new Problem(ProblemTypes.SIGN_IN_REQUIRED, "Sign in required", 401,
                "Send a valid bearer token from the trust's sign-in service.", path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", challenge(headers))
                .entity(problem).build();
    }

    public static String challenge(HttpHeaders headers) {
        String authorization = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization == null || authorization.isBlank() ? "Bearer" : "Bearer error=\"invalid_token\"";
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (cutOff(e)) {
            // the connection closed before the body arrived (the caller left, or a stop closed it): nothing was
            // read, so nothing was done; not a fault of ours, and no one is left to read an answer
            LOG.debugf("Request to %s cut off before its body arrived", path(uri));
            return respond(new Problem(ProblemTypes.UNREADABLE_BODY, "The request was cut off", 400,
                    "The connection closed before the whole request arrived; nothing was saved. Send it again.",
                    path(uri), List.of()));
        }
        LOG.errorf(e, "Unexpected failure serving %s", path(uri));
        return respond(new Problem(ProblemTypes.INTERNAL, "Something went wrong on our side", 500,
                "The request was not completed and nothing was saved. Please try again; if it keeps failing,"
                        + " contact the service desk.", path(uri), List.of()));
    }

    private static boolean cutOff(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.StreamResetException || t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private Response unreadableBody(Throwable cause, UriInfo uri) {
        BodyLimit.TooLargeException tooLarge = tooLargeIn(cause);
        if (tooLarge != null) {
            return respond(tooLarge(tooLarge, uri));
        }
        String where = "";
        if (cause instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation().getLineNr() > 0) {
            where = " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return respond(new Problem(ProblemTypes.UNREADABLE_BODY, "The request body is not valid JSON", 400,
                "Check the request body is complete, well-formed JSON in UTF-8" + where + ".", path(uri), List.of()));
    }

    private Response unreadableField(JsonMappingException e, UriInfo uri) {
        if (cannotBeParsed(e) || tooLargeIn(e) != null) {
            return unreadableBody(e, uri);
        }
        String field = jsonPath(e.getPath());
        String message = fieldMessage(e);
        return invalid(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), uri);
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof PlainText.UnsafeTextException unsafe) {
            return unsafe.getOriginalMessage(); // says what is not plain text, and where
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field here; leave it out";
        }
        if (e instanceof InvalidFormatException ife) {
            // A value of the wrong JSON type (123 or true for text) must be of the right one; a string that does not
            // read as its type ("next Tuesday" for a date) could not be read.
            return ife.getValue() != null && !(ife.getValue() instanceof String) && ife.getTargetType() != null
                    ? "must be " + JsonTypes.describe(ife.getTargetType())
                    : "has a value that could not be read as " + ife.getTargetType().getSimpleName();
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "must be " + JsonTypes.describe(mie.getTargetType());
        }
        return "has the wrong type or shape";
    }

    /**
     * Whether the body could not be parsed at all (cut short, not JSON, not UTF-8), as opposed to a value of the
     * wrong type: Jackson reports both as mapping failures when they happen inside an object.
     */
    static boolean cannotBeParsed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException && !(t instanceof InputCoercionException)) {
                return true;
            }
            if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                return true;
            }
            if (t instanceof MismatchedInputException m && m.getOriginalMessage() != null
                    && m.getOriginalMessage().contains("end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private Response invalid(List<Problem.FieldError> errors, UriInfo uri) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return respond(new Problem(ProblemTypes.INVALID_FIELDS, "Your request has invalid fields", 400, detail,
                path(uri), errors));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Drops the resource method and parameter names so the caller sees the JSON path of the field. */
    static String fieldPath(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && sb.length() > 0) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.length() == 0 ? lastName(path) : sb.toString();
    }

    private static String lastName(Path path) {
        String name = "body";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
