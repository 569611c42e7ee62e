package org.peercoaching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document a service publishes for pathway systems (docs/openapi/&lt;service&gt;.json) is the one it
 * serves. A change to the API shows up as a change to that file in review; after an intended change, run the
 * service's PublishedOpenApiDocumentTest with {@code -Dopenapi.publish=true} to write the new document.
 */
public final class PublishedDocument {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PublishedDocument() {}

    /** Fails unless the service at {@code origin} serves exactly the document published for {@code service}. */
    public static void assertServedAsPublished(String origin, String service) {
        Path published = repoRoot().resolve("docs/openapi/" + service + ".json");
        JsonNode served = served(origin);
        try {
            if (Boolean.getBoolean("openapi.publish")) {
                Files.createDirectories(published.getParent());
                Files.writeString(published, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
                return;
            }
            if (!Files.exists(published)) {
                throw new AssertionError(published + " is missing; write it with -Dopenapi.publish=true");
            }
            JsonNode expected = JSON.readTree(published.toFile());
            if (!expected.equals(served)) {
                throw new AssertionError("The OpenAPI document " + service + " serves differs from " + published
                        + ". If the API change is intended, rerun this test with -Dopenapi.publish=true, review the"
                        + " file's diff (pathway systems generate clients from it) and say what changed in"
                        + " docs/pathway-api.md.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode served(String origin) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The project's root: the nearest folder above the working directory with a docs folder and mvnw. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("docs")) && Files.exists(dir.resolve("mvnw")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No project root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
