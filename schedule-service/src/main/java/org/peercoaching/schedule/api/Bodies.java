package org.peercoaching.schedule.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.peercoaching.kit.problem.ProblemException;

/**
 * Checks a request body after the caller's access to the record has been checked, so a caller who may
 * not touch the record gets 404 whatever they send. Field errors come back as the usual 400 problem.
 */
final class Bodies {

    private Bodies() {}

    static <T> T valid(Validator validator, T body) {
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
