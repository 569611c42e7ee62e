package org.peercoaching.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to the services, signed in with a bearer token; any answer but 2xx is an error. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: its status and JSON body (null when empty). */
    record Answer(int status, JsonNode body) {}

    JsonNode get(String url, String token) {
        return ok("GET", url, send("GET", url, null, token));
    }

    JsonNode post(String url, Object body, String token) {
        return ok("POST", url, send("POST", url, body, token));
    }

    JsonNode put(String url, Object body, String token) {
        return ok("PUT", url, send("PUT", url, body, token));
    }

    /** The onboarding steps of the coach at this address, each checked for a 2xx. */
    CoachOnboarding.Step coach(String coachUrl, String token) {
        return (method, path, body) -> ok(method, coachUrl + path, send(method, coachUrl + path, body, token));
    }

    Answer send(String method, String url, Object body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode ok(String method, String url, Answer answer) {
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
