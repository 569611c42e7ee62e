package org.peercoaching.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The suite's one simulated clock: moves every service's clock forward together. It steps through each moment
 * at which any service has time-driven work due (missed calls, stage changes, reminders, webhook retries), in
 * time order; after a step that wrote events it waits until every event has been sent and applied by every
 * consumer (nothing unsent in any outbox, no consumer group behind), so one service's consequences are in
 * place before another's next moment comes. Answers only when all services stand at the target.
 */
public final class SimulatedTime implements AutoCloseable {

    /** The longest wait for events to settle after one step. */
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(90);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> serviceUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Admin kafka;
    private final Consumer<Instant> onMoved;
    /** The services' events-written total when everything last settled; -1 before the first time. */
    private volatile long settledAtWritten = -1;
    private static final Duration ASSIGNMENTS_FRESH_FOR = Duration.ofSeconds(5);
    private Map<String, Set<TopicPartition>> assignments = Map.of();
    private long assignmentsReadAt;

    /** One service's answer about its clock. */
    public record ServiceClock(String service, Instant now, Instant nextDueAt, long eventsWritten, long eventsUnsent,
            int itemsChanged) {}

    /** The suite's clock: the time every service stands at, and each service's own view. */
    public record Status(Instant now, int steps, int itemsChanged, List<ServiceClock> services) {}

    /** Thrown when a service refuses the caller (401, 403) or the request (400, 409): passed on as it is. */
    public static final class Refused extends RuntimeException {
        final int status;
        final String body;

        Refused(int status, String body) {
            super("HTTP " + status + ": " + body);
            this.status = status;
            this.body = body;
        }
    }

    /**
     * @param serviceUrls the services whose clocks move together, by name
     * @param onMoved told the suite's time after each move (the launcher keeps it so a restarted service resumes there)
     */
    public SimulatedTime(Map<String, String> serviceUrls, String bootstrapServers, Consumer<Instant> onMoved) {
        this.serviceUrls = new LinkedHashMap<>(serviceUrls);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        this.kafka = Admin.create(config);
        this.onMoved = onMoved;
    }

    public Status status(String authorization) {
        List<ServiceClock> clocks = readAll(authorization);
        return new Status(earliest(clocks), 0, 0, clocks);
    }

    /** Moves every service's clock by this much. */
    public Status advanceBy(Duration by, String authorization) {
        if (by.isNegative() || by.isZero()) {
            throw new Refused(400, problem("by", "Must move the clock forward: a duration above zero."));
        }
        return advanceTo(earliest(readAll(authorization)).plus(by), authorization);
    }

    /** Moves every service's clock to this instant, stepping through every moment work falls due on the way. */
    public synchronized Status advanceTo(Instant target, String authorization) {
        List<ServiceClock> clocks = readAll(authorization);
        Instant now = earliest(clocks);
        if (target.isBefore(now)) {
            throw new Refused(400, problem("to", "Must not be before the suite's current time, " + now + "."));
        }
        if (clocks.stream().anyMatch(c -> c.now() == null)) {
            throw new Refused(409, "{\"type\":\"https://peer-coaching.example.nhs.uk/problems/clock-not-movable\","
                    + "\"title\":\"This conflicts with what we already hold\",\"status\":409,"
                    + "\"detail\":\"A service did not report its clock.\"}");
        }
        settle(authorization);
        int steps = 0;
        int changed = 0;
        clocks = readAll(authorization);
        while (true) {
            Instant step = clocks.stream().map(ServiceClock::nextDueAt).filter(t -> t != null && !t.isAfter(target))
                    .min(Instant::compareTo).orElse(target);
            long writtenBefore = clocks.stream().mapToLong(ServiceClock::eventsWritten).sum();
            List<ServiceClock> moved = moveAll(step, authorization);
            steps++;
            changed += moved.stream().mapToInt(ServiceClock::itemsChanged).sum();
            // each service's answer to the move says when it is next due, unless events since have changed that
            clocks = moved;
            if (moved.stream().mapToLong(ServiceClock::eventsWritten).sum() != writtenBefore) {
                settle(authorization);
                clocks = readAll(authorization);
            }
            onMoved.accept(step);
            if (!step.isBefore(target)) {
                return new Status(target, steps, changed, clocks);
            }
        }
    }

    private List<ServiceClock> moveAll(Instant to, String authorization) {
        String body = "{\"to\":\"" + to + "\"}";
        List<CompletableFuture<ServiceClock>> calls = new ArrayList<>();
        serviceUrls.forEach((name, url) -> calls.add(CompletableFuture.supplyAsync(() ->
                parse(name, send(HttpRequest.newBuilder(URI.create(url + "/api/v1/clock/advance"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)), authorization)))));
        return join(calls);
    }

    private List<ServiceClock> readAll(String authorization) {
        List<CompletableFuture<ServiceClock>> calls = new ArrayList<>();
        serviceUrls.forEach((name, url) -> calls.add(CompletableFuture.supplyAsync(() ->
                parse(name, send(HttpRequest.newBuilder(URI.create(url + "/api/v1/clock")).GET(), authorization)))));
        return join(calls);
    }

    private static <T> List<T> join(List<CompletableFuture<T>> calls) {
        List<T> results = new ArrayList<>();
        for (CompletableFuture<T> call : calls) {
            try {
                results.add(call.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while moving the clock", e);
            }
        }
        return results;
    }

    private String send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Refused(response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("A service did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moving the clock", e);
        }
    }

    private static ServiceClock parse(String service, String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return new ServiceClock(service, instant(json.get("now")), instant(json.get("nextDueAt")),
                    json.path("eventsWritten").asLong(), json.path("eventsUnsent").asLong(),
                    json.path("itemsChanged").asInt());
        } catch (IOException e) {
            throw new IllegalStateException(service + " answered its clock with something unreadable", e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static Instant earliest(Collection<ServiceClock> clocks) {
        return clocks.stream().map(ServiceClock::now).min(Instant::compareTo).orElseThrow();
    }

    /**
     * Waits until nothing is in flight: no service has an unsent event and every consumer group has applied
     * (and committed) every event on the partitions it reads. Seen twice in a row, a moment apart.
     */
    public void settle(String authorization) {
        long written = readEvents(authorization).stream().mapToLong(Events::eventsWritten).sum();
        if (written == settledAtWritten) {
            return; // nothing written since everything last settled
        }
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        int quietInARow = 0;
        while (quietInARow < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Events did not settle within " + SETTLE_TIMEOUT.toSeconds() + " s");
            }
            quietInARow = quiet(authorization) ? quietInARow + 1 : 0;
            if (quietInARow < 2) {
                sleep(quietInARow == 1 ? 15 : 10);
            }
        }
        settledAtWritten = readEvents(authorization).stream().mapToLong(Events::eventsWritten).sum();
    }

    /** A service's outbox counts, from its light {@code /api/v1/clock/events} (no nextDueAt queries). */
    record Events(long eventsWritten, long eventsUnsent) {}

    private List<Events> readEvents(String authorization) {
        List<CompletableFuture<Events>> calls = new ArrayList<>();
        serviceUrls.forEach((name, url) -> calls.add(CompletableFuture.supplyAsync(() -> {
            String body = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/clock/events")).GET(), authorization);
            try {
                JsonNode json = JSON.readTree(body);
                return new Events(json.path("eventsWritten").asLong(), json.path("eventsUnsent").asLong());
            } catch (IOException e) {
                throw new IllegalStateException(name + " answered its outbox counts with something unreadable", e);
            }
        })));
        return join(calls);
    }

    private boolean quiet(String authorization) {
        for (Events clock : readEvents(authorization)) {
            if (clock.eventsUnsent() > 0) {
                return false;
            }
        }
        return noConsumerBehind();
    }

    private boolean noConsumerBehind() {
        try {
            Map<String, Set<TopicPartition>> assigned = assignments();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            assigned.values().forEach(partitions -> partitions.forEach(p -> latest.put(p, OffsetSpec.latest())));
            if (latest.isEmpty()) {
                return true;
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
            Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
            assigned.forEach((group, partitions) -> specs.put(group,
                    new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = kafka.listConsumerGroupOffsets(specs)
                    .all().get(10, TimeUnit.SECONDS);
            for (Map.Entry<String, Set<TopicPartition>> group : assigned.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> done = committed.getOrDefault(group.getKey(), Map.of());
                for (TopicPartition partition : group.getValue()) {
                    long end = ends.getOrDefault(partition, 0L);
                    OffsetAndMetadata at = done.get(partition);
                    if (end > 0 && (at == null || at.offset() < end)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            assignmentsReadAt = 0;
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for events to settle", e);
        }
    }

    /** Which partitions each consumer group reads; read again every few seconds (groups rarely rebalance). */
    private Map<String, Set<TopicPartition>> assignments() throws ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        if (System.nanoTime() - assignmentsReadAt < ASSIGNMENTS_FRESH_FOR.toNanos() && !assignments.isEmpty()) {
            return assignments;
        }
        Collection<ConsumerGroupListing> groups = kafka.listConsumerGroups().all().get(10, TimeUnit.SECONDS);
        List<String> ids = groups.stream().map(ConsumerGroupListing::groupId).toList();
        Map<String, Set<TopicPartition>> read = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ConsumerGroupDescription group : kafka.describeConsumerGroups(ids).all().get(10, TimeUnit.SECONDS)
                    .values()) {
                Set<TopicPartition> partitions = new java.util.HashSet<>();
                for (MemberDescription member : group.members()) {
                    partitions.addAll(member.assignment().topicPartitions());
                }
                read.put(group.groupId(), partitions);
            }
        }
        assignments = read;
        assignmentsReadAt = System.nanoTime();
        return read;
    }

    static String problem(String field, String message) {
        try {
            return JSON.writeValueAsString(Map.of("type", "https://peer-coaching.example.nhs.uk/problems/invalid-fields",
                    "title", "Your request has invalid fields", "status", 400, "detail", "1 field is invalid.",
                    "errors", List.of(Map.of("field", field, "message", message))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kafka.close(Duration.ofSeconds(5));
    }
}
