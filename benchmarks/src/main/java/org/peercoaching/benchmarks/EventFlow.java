package org.peercoaching.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small HTTP helpers for the event-flow benchmark. */
final class EventFlow {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Reply(int status, JsonNode body) {}

    static Reply send(String method, String url, String body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token);
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends and insists on a 2xx answer. */
    static JsonNode ok(String method, String url, String body, String token) {
        Reply reply = send(method, url, body, token);
        if (reply.status() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.body();
    }

    static final java.util.concurrent.atomic.AtomicInteger RETRIED = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * As {@link #ok}, but a 5xx ("nothing was saved") is sent again, up to 5 times; the retries are counted
     * and reported (volunteer-service's locked reads sometimes fail with a Hibernate NPE under concurrency).
     */
    static JsonNode okRetrying(String method, String url, String body, String token) {
        for (int attempt = 1; ; attempt++) {
            Reply reply = send(method, url, body, token);
            if (reply.status() < 300) {
                return reply.body();
            }
            if (reply.status() < 500 || attempt == 5) {
                throw new IllegalStateException(method + " " + url + " answered " + reply.status() + ": " + reply.body());
            }
            RETRIED.incrementAndGet();
            sleep(200);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EventFlow() {}
}
