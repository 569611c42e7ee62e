package org.peercoaching.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What the pages take as "now": the real clock, except in a simulated rehearsal ({@code ./run.sh --simulate}), where
 * the launcher moves the three services' clocks. The pages then follow the launcher's clock
 * ({@code peercoaching.web.suite-clock-url}), so that "this week", "can be recorded now" and the reports' months
 * agree with the calls the services hold.
 */
@ApplicationScoped
public class PagesClock {

    private static final Logger LOG = Logger.getLogger(PagesClock.class);

    private static volatile Supplier<Instant> source = Instant::now;

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "peercoaching.web.suite-clock-url") Optional<String> suiteClock) {
        Optional<String> url = suiteClock.map(String::strip).filter(u -> !u.isEmpty());
        source = url.<Supplier<Instant>>map(u -> new FollowedClock(URI.create(u))).orElse(Instant::now);
        url.ifPresent(u -> LOG.infof("The pages follow the suite's simulated clock at %s", u));
    }

    public static Instant now() {
        return source.get();
    }

    public static OffsetDateTime nowInLondon() {
        return OffsetDateTime.ofInstant(now(), London.ZONE);
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), London.ZONE);
    }

    public static YearMonth thisMonth() {
        return YearMonth.from(today());
    }

    /**
     * The launcher's clock, read over HTTP ({@code {"now": "2027-03-01T09:00:00Z"}}) at most every quarter second. If
     * the launcher does not answer, the last time it gave (the suite's clock only moves through the launcher).
     */
    static final class FollowedClock implements Supplier<Instant> {
        private static final ObjectMapper JSON = new ObjectMapper();
        private static final long FRESH_NANOS = Duration.ofMillis(250).toNanos();

        private final URI uri;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private volatile Instant last;
        private volatile long readAt;

        FollowedClock(URI uri) {
            this.uri = uri;
        }

        @Override
        public Instant get() {
            Instant known = last;
            if (known != null && System.nanoTime() - readAt < FRESH_NANOS) {
                return known;
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode now = response.statusCode() == 200 ? JSON.readTree(response.body()).get("now") : null;
                if (now == null || !now.isTextual()) {
                    throw new IOException("answered " + response.statusCode() + " " + response.body());
                }
                Instant read = Instant.parse(now.asText());
                last = read;
                readAt = System.nanoTime();
                return read;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The suite's clock at %s could not be read (%s); the pages use %s", uri, e.getMessage(),
                        known == null ? "the real time" : "its last time, " + known);
                return known == null ? Instant.now() : known;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return known == null ? Instant.now() : known;
            }
        }
    }
}
