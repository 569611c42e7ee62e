package org.peercoaching.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The suite's clock over HTTP, on the launcher (simulation mode only): {@code GET /api/v1/clock} and
 * {@code POST /api/v1/clock/advance} with {@code {"by":"P7D"}} or {@code {"to":"2027-03-01T09:00:00Z"}}.
 * The caller's bearer token is passed to every service, so the services decide who may move time (admins).
 */
public final class ClockServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The suite's time alone, for the pages (web follows it in simulation mode); no sign-in, localhost only. */
    public static final String NOW_PATH = "/api/v1/clock/now";

    private final HttpServer server;
    private final SimulatedTime time;
    private final Supplier<Instant> now;

    private ClockServer(HttpServer server, SimulatedTime time, Supplier<Instant> now) {
        this.server = server;
        this.time = time;
        this.now = now;
    }

    public static ClockServer start(int port, SimulatedTime time, Supplier<Instant> now) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            ClockServer clock = new ClockServer(server, time, now);
            server.createContext("/api/v1/clock", clock::handle);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return clock;
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the suite clock on port " + port + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(NOW_PATH) && method.equals("GET")) {
                reply(exchange, 200, JSON.writeValueAsString(java.util.Map.of("now", now.get().toString())));
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null) {
                reply(exchange, 401, problem(401, "sign-in-required", "Sign in required",
                        "Send an admin's bearer token."));
                return;
            }
            try {
                if (path.equals("/api/v1/clock") && method.equals("GET")) {
                    reply(exchange, 200, JSON.writeValueAsString(time.status(authorization)));
                } else if (path.equals("/api/v1/clock/advance") && method.equals("POST")) {
                    reply(exchange, 200, JSON.writeValueAsString(advance(exchange, authorization)));
                } else {
                    reply(exchange, 404, problem(404, "not-found", "Not found", path + " was not found"));
                }
            } catch (SimulatedTime.Refused refused) {
                reply(exchange, refused.status, refused.body);
            } catch (RuntimeException e) {
                reply(exchange, 503, problem(503, "http", "The suite could not move its clock", e.getMessage()));
            }
        }
    }

    private SimulatedTime.Status advance(HttpExchange exchange, String authorization) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SimulatedTime.Refused(400, SimulatedTime.problem("body", "Must be JSON: {\"by\":\"P7D\"} or"
                    + " {\"to\":\"2027-03-01T09:00:00Z\"}."));
        }
        String by = body == null ? null : text(body.get("by"));
        String to = body == null ? null : text(body.get("to"));
        if ((by == null) == (to == null)) {
            throw new SimulatedTime.Refused(400, SimulatedTime.problem(by == null ? "by" : "to",
                    "Give exactly one of by (a duration such as P7D) and to (an instant such as 2027-03-01T09:00:00Z)."));
        }
        if (by != null) {
            try {
                return time.advanceBy(Duration.parse(by), authorization);
            } catch (DateTimeParseException e) {
                throw new SimulatedTime.Refused(400, SimulatedTime.problem("by",
                        "Must be an ISO-8601 duration in days, hours or minutes, such as P7D or PT6H."));
            }
        }
        try {
            return time.advanceTo(Instant.parse(to), authorization);
        } catch (DateTimeParseException e) {
            throw new SimulatedTime.Refused(400, SimulatedTime.problem("to",
                    "Must be an instant in UTC, such as 2027-03-01T09:00:00Z."));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().trim();
    }

    private static String problem(int status, String type, String title, String detail) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("type", "https://peer-coaching.example.nhs.uk/problems/" + type,
                "title", title, "status", status, "detail", detail == null ? title : detail));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        time.close();
    }
}
