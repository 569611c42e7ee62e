package org.peercoaching.events;

import java.time.Instant;

/**
 * Every event on every topic, in CloudEvents 1.0 structured JSON form. {@code type} carries the
 * version ({@code match.confirmed.v1}); {@code subject} is the aggregate id, which is also the Kafka key.
 */
public record EventEnvelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
