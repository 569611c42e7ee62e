package org.peercoaching.matching.domain.match;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads OR-Tools' native library when the service starts (on a background thread, so startup does not wait
 * for it to be unpacked), so the first optimisation does not pay for it and the log says at once which solver
 * matching uses: OR-Tools, or the pure-Java fallback with a warning.
 */
@ApplicationScoped
class SolverStartup {

    private static final Logger LOG = Logger.getLogger(SolverStartup.class);

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            boolean loaded = AssignmentSolver.nativeSolverAvailable();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (loaded) {
                LOG.infof("Matching solver: OR-Tools min-cost flow (native library loaded in %d ms)", millis);
            } else {
                LOG.warn("Matching solver: the pure-Java fallback (OR-Tools' native library did not load)");
            }
        }, "matching-solver-load");
        loader.setDaemon(true);
        loader.start();
    }
}
