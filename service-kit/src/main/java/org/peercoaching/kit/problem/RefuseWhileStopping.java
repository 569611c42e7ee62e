package org.peercoaching.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.peercoaching.kit.events.ConsumerDrain;

/**
 * Once a stop has begun, a new request is answered 503 with Retry-After (the caller tries again, or another
 * replica takes it) instead of being started: Quarkus's own graceful stop waits for the requests under way
 * but keeps taking new ones on open connections, so under steady traffic a request could start just before
 * the database closed under it. Health checks still answer, so an orchestrator sees the service going.
 */
@Singleton
public class RefuseWhileStopping {

    /** Seconds a caller should wait before trying again: about a restart. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** After {@link HttpLimits}, before authentication (200) and everything else. */
    static final int PRIORITY = HttpLimits.PRIORITY - 1;

    private final ConsumerDrain stop;
    private final ObjectMapper json;

    public RefuseWhileStopping(ConsumerDrain stop, ObjectMapper json) {
        this.stop = stop;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseIfStopping, PRIORITY);
    }

    void refuseIfStopping(RoutingContext ctx) {
        if (!stop.stopping() || ctx.normalizedPath().startsWith("/q/health")) {
            ctx.next();
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(new Problem(ProblemTypes.STOPPING, "The service is restarting", 503,
                    "The service is stopping for a restart or an update and did not start this request; nothing was"
                            + " saved. Try again in a few seconds.", ctx.normalizedPath(), List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = ctx.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
