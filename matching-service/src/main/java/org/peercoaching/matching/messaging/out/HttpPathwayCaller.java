package org.peercoaching.matching.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.matching.domain.pathway.PathwayCaller;

/** POSTs a notification to a pathway's webhook; the notification id lets the pathway drop repeats. */
@ApplicationScoped
public class HttpPathwayCaller implements PathwayCaller {

    private final HttpClient http;
    private final Duration timeout;

    public HttpPathwayCaller(@ConfigProperty(name = "peercoaching.webhooks.timeout", defaultValue = "PT10S") Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public int post(String url, String notificationId, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", notificationId)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
