package org.peercoaching.web.services;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service said no (a 4xx with problem+json) or could not be reached. Pages show {@link #detail} and the
 * per-field messages next to their fields; never a stack trace.
 */
public class ServiceProblem extends RuntimeException {

    public record FieldError(String field, String message) {}

    /** A CSV import's cell-level error. */
    public record CellError(int row, String column, String message) {}

    public final int status;
    public final String title;
    public final String detail;
    public final List<FieldError> errors;
    public final List<CellError> cells;
    /** The problem+json {@code type}, to choose the page's own words for a known refusal; null if none. */
    public String type;

    public ServiceProblem(int status, String title, String detail, List<FieldError> errors, List<CellError> cells) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : errors;
        this.cells = cells == null ? List.of() : cells;
    }

    ServiceProblem ofType(String problemType) {
        this.type = problemType;
        return this;
    }

    /** True for a refusal of this kind (the last part of its problem type, e.g. "coach-has-no-room"). */
    public boolean is(String kind) {
        return type != null && type.endsWith("/" + kind);
    }

    public static ServiceProblem unavailable(Service service) {
        return new ServiceProblem(503, "Not available just now",
                "We could not reach the " + service.displayName + " just now. Please try again in a minute.", null, null);
    }

    public boolean signedOut() {
        return status == 401;
    }

    /** Field name to message, for showing each message next to its field. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }

    /** What to show at the top of the page. */
    public String summary() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
