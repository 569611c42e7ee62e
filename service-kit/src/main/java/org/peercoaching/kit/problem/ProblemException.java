package org.peercoaching.kit.problem;

import java.util.List;

/**
 * Thrown by services when a request is understood but cannot be carried out: a conflict (409) or a
 * rule the request breaks (422). The message is shown to the caller, so it must be plain English.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "This conflicts with what we already hold", detail, List.of());
    }

    public static ProblemException unprocessable(String type, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, type, "This request breaks a programme rule", detail, errors);
    }

    /** A field that passed its format check but still cannot be used, such as week 53 of a 52-week year. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, ProblemTypes.INVALID_FIELDS, "Your request has invalid fields",
                "1 field is invalid.", List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", what + " was not found", List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
