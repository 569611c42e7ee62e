package org.peercoaching.matching.messaging.out;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercoaching.matching.domain.pathway.PathwayCaller;
import org.peercoaching.matching.domain.pathway.WebhookSignature;

/**
 * POSTs a notification to a pathway's webhook, signed with the pathway's secret (X-PeerCoaching-Signature);
 * the notification id lets the pathway drop repeats.
 */
@ApplicationScoped
public class HttpPathwayCaller implements PathwayCaller {

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public HttpPathwayCaller(@ConfigProperty(name = "peercoaching.webhooks.timeout", defaultValue = "PT10S") Duration timeout,
            Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public int post(String url, String notificationId, String json, String signingSecret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", notificationId)
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(signingSecret, clock.instant().getEpochSecond(), json))
                .POST(HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
