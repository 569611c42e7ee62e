package org.peercoaching.matching.domain.pathway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook call: {@code X-PeerCoaching-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" with the pathway's secret>}. The pathway recomputes it over the raw body it received, compares
 * in constant time, and refuses a {@code t} far from its clock (replays). docs/pathway-api.md shows how.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-PeerCoaching-Signature";
    /** Shorter secrets are refused: the pathway is not called until a proper one is configured. */
    public static final int MIN_SECRET_LENGTH = 32;

    private WebhookSignature() {}

    /** The header value for this body, signed now ({@code unixSeconds}) with the pathway's secret. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + body);
    }

    static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
