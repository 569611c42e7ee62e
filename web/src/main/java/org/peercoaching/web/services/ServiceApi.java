package org.peercoaching.web.services;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.peercoaching.web.signin.Viewer;

/**
 * Calls the services' REST APIs as the signed-in person (their own bearer token), so each service applies
 * its own access rules and audit trail. Turns problem+json answers into {@link ServiceProblem}.
 */
@ApplicationScoped
public class ServiceApi {

    private static final Logger LOG = Logger.getLogger(ServiceApi.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String PROBLEM = "application/problem+json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    // Dates go to the services as ISO text ("2027-01-05T18:00:00Z"): they refuse a date sent as a number.
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Viewer viewer;
    private final String volunteerUrl;
    private final String matchingUrl;
    private final String scheduleUrl;

    public ServiceApi(Viewer viewer,
            @ConfigProperty(name = "peercoaching.web.volunteer-url") String volunteerUrl,
            @ConfigProperty(name = "peercoaching.web.matching-url") String matchingUrl,
            @ConfigProperty(name = "peercoaching.web.schedule-url") String scheduleUrl) {
        this.viewer = viewer;
        this.volunteerUrl = volunteerUrl;
        this.matchingUrl = matchingUrl;
        this.scheduleUrl = scheduleUrl;
    }

    public <T> T get(Service service, String path, Class<T> type) {
        return read(send(service, request(service, path).GET()), type);
    }

    /** A GET as someone who is signing in now, before their session cookie exists. */
    public <T> T getAs(String token, Service service, String path, Class<T> type) {
        return read(send(service, request(service, path, Optional.of(token)).GET()), type);
    }

    public <T> T get(Service service, String path, TypeReference<T> type) {
        return json.convertValue(get(service, path, JsonNode.class), type);
    }

    /**
     * The raw body of a GET in one media type, for CSV and calendar downloads. The Accept header names that type
     * (and problem+json for the service's errors): a resource producing only text/calendar answers 406 to an
     * Accept without it.
     */
    public String getText(Service service, String path, String mediaType) {
        return send(service, request(service, path).setHeader("Accept", mediaType + ", " + PROBLEM).GET()).body();
    }

    public <T> T post(Service service, String path, Object body, Class<T> type) {
        return read(send(service, withJson(request(service, path), body)), type);
    }

    public <T> T put(Service service, String path, Object body, Class<T> type) {
        String text = body == null ? "" : write(body);
        return read(send(service, request(service, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text))), type);
    }

    public <T> T postText(Service service, String path, String contentType, String body, Class<T> type) {
        return read(send(service, request(service, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))), type);
    }

    private HttpRequest.Builder withJson(HttpRequest.Builder request, Object body) {
        if (body == null) {
            return request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body)));
    }

    private HttpRequest.Builder request(Service service, String path) {
        return request(service, path, viewer.token());
    }

    private HttpRequest.Builder request(Service service, String path, Optional<String> token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base(service) + path)).timeout(TIMEOUT)
                .header("Accept", "application/json, " + PROBLEM);
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private String base(Service service) {
        return switch (service) {
            case VOLUNTEER -> volunteerUrl;
            case MATCHING -> matchingUrl;
            case SCHEDULE -> scheduleUrl;
        };
    }

    private HttpResponse<String> send(Service service, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("%s could not be reached: %s", service.displayName, e.toString());
            throw ServiceProblem.unavailable(service);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceProblem.unavailable(service);
        }
        if (response.statusCode() >= 400) {
            throw problem(service, response);
        }
        return response;
    }

    private ServiceProblem problem(Service service, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            LOG.warnf("%s answered %d: %s", service.displayName, status, response.body());
            return new ServiceProblem(status, "Something went wrong",
                    "The " + service.displayName + " could not do that just now. Please try again in a minute;"
                            + " if it keeps happening, tell the service desk.", null, null);
        }
        if (status == 401) {
            return new ServiceProblem(401, "Please sign in again", "Your sign-in has ended. Please sign in again.",
                    null, null);
        }
        if (status == 403) {
            return new ServiceProblem(403, "Not allowed", "Your role does not allow this.", null, null);
        }
        List<ServiceProblem.FieldError> fields = new ArrayList<>();
        List<ServiceProblem.CellError> cells = new ArrayList<>();
        String title = "That did not work";
        String detail = null;
        String type = null;
        try {
            JsonNode body = json.readTree(response.body());
            title = body.path("title").asText(title);
            type = body.path("type").isTextual() ? body.path("type").asText() : null;
            detail = body.path("detail").isMissingNode() || body.path("detail").isNull() ? null
                    : body.path("detail").asText();
            for (JsonNode e : body.path("errors")) {
                if (e.has("row")) {
                    cells.add(new ServiceProblem.CellError(e.path("row").asInt(), e.path("column").asText(""),
                            e.path("message").asText()));
                } else {
                    fields.add(new ServiceProblem.FieldError(e.path("field").asText(""), e.path("message").asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            detail = status == 404 ? "We could not find that. It may have been removed, or it is not yours to see."
                    : null;
        }
        if (status == 404 && detail == null) {
            detail = "We could not find that. It may have been removed, or it is not yours to see.";
        }
        return new ServiceProblem(status, title, detail, fields, cells).ofType(type);
    }

    private <T> T read(HttpResponse<String> response, Class<T> type) {
        if (type == Void.class || response.body() == null || response.body().isBlank()) {
            return null;
        }
        if (type == String.class) {
            return type.cast(response.body());
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("Unexpected answer from a service", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectMapper json() {
        return json;
    }
}
