package org.peercoaching.web.pages;

import java.util.List;
import java.util.function.Supplier;
import org.peercoaching.web.services.ServiceProblem;

/**
 * One section of a page: what loaded, or why it did not. A service that is down greys out its own section
 * instead of failing the whole page; a session that has ended still goes to the sign-in page.
 */
public record Loaded<T>(List<T> items, String problem) {

    public static <T> Loaded<T> of(Supplier<List<T>> load) {
        try {
            List<T> items = load.get();
            return new Loaded<>(items == null ? List.of() : items, null);
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            return new Loaded<>(List.of(), e.summary());
        }
    }

    public boolean failed() {
        return problem != null;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }
}
