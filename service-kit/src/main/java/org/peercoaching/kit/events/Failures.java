package org.peercoaching.kit.events;

import jakarta.validation.ConstraintViolationException;
import java.time.DateTimeException;
import org.peercoaching.kit.problem.ProblemException;

/** Tells a failure that can never pass (a poison event) from one that may pass on a later attempt. */
public final class Failures {

    private Failures() {}

    public static boolean isPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableEventException || t instanceof ProblemException
                    || t instanceof ConstraintViolationException || t instanceof IllegalArgumentException
                    || t instanceof NullPointerException || t instanceof ClassCastException
                    || t instanceof DateTimeException || t instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }
}
