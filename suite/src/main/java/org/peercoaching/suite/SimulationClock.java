package org.peercoaching.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The launcher's side of simulation mode: where the suite's clock starts, the settings that make each service
 * run on it, and the time it has reached, kept in the data folder so that a restarted service (or a second
 * run over the same data) carries on from there rather than going back in time.
 */
final class SimulationClock {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A date given alone starts at 09:00 London time, the start of a coordinator's day. */
    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);

    private final Path file;
    private final AtomicReference<Instant> now;

    private SimulationClock(Path file, Instant start) {
        this.file = file;
        this.now = new AtomicReference<>(start);
    }

    /** From --start (a date or an instant), else where the last simulation over this data stopped, else now. */
    static SimulationClock resume(Path dataDir, String start) {
        Path file = dataDir.resolve("simulated-clock.txt");
        Instant from;
        if (start != null) {
            from = parseStart(start);
        } else if (Files.isRegularFile(file)) {
            try {
                from = Instant.parse(Files.readString(file).trim());
            } catch (IOException | DateTimeParseException e) {
                from = Instant.now();
            }
        } else {
            from = Instant.now();
        }
        SimulationClock clock = new SimulationClock(file, from);
        clock.moved(from);
        return clock;
    }

    static Instant parseStart(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atTime(DAY_STARTS).atZone(LONDON).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--start must be a date such as 2027-01-04 or an instant such as "
                        + "2027-01-04T09:00:00Z, not " + text);
            }
        }
    }

    Instant now() {
        return now.get();
    }

    /** What each service is started with: the simulated clock at the suite's current time, quick offset commits. */
    Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("peercoaching.clock.simulated", "true");
        properties.put("peercoaching.clock.start", now.get().toString());
        // the suite clock waits for consumers' committed offsets before the next step: commit often
        properties.put("kafka.auto.commit.interval.ms", "20");
        return properties;
    }

    void moved(Instant to) {
        now.set(to);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, to.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the simulated time in " + file, e);
        }
    }

    SimulatedTime time(Suite suite) {
        Map<String, String> urls = new LinkedHashMap<>();
        Suite.SERVICES.forEach(name -> urls.put(name, suite.url(name)));
        return new SimulatedTime(urls, suite.bootstrapServers(), this::moved);
    }

    ClockServer serve(Suite suite, int port) {
        return ClockServer.start(port, time(suite), this::now);
    }
}
