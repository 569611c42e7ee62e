package org.peercoaching.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A browser with (or without) a session cookie, and tokens nobody should trust. */
public final class Browser {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Browser() {}

    public static RequestSpecification signedOut() {
        return given().redirects().follow(false);
    }

    public static RequestSpecification withSession(String token) {
        return given().redirects().follow(false).cookie("pc_session", token);
    }

    /** What a page must never show: Java's insides. */
    public static void noStackTrace(String html) {
        assertFalse(html.contains("Exception"), "no exception class name on a page:\n" + html);
        assertFalse(html.contains("at org."), "no stack trace on a page:\n" + html);
        assertFalse(html.contains("at java."), "no stack trace on a page:\n" + html);
    }

    /**
     * Every hint and every field's error on a page is linked to its control with aria-describedby, so a screen
     * reader reads them with the field (NHS design system): each hint has an id, and each hint's and error's id is
     * named in some control's aria-describedby.
     */
    public static void hintsAndErrorsAreLinked(String html) {
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("aria-describedby") || !html.contains("class=\"hint\""),
                "a page with hints links them:\n" + html);
        java.util.regex.Matcher hints = java.util.regex.Pattern.compile("<div class=\"hint\"([^>]*)>").matcher(html);
        while (hints.find()) {
            assertFalse(!hints.group(1).contains("id=\""), "a hint with no id cannot be linked: " + hints.group());
        }
        java.util.Set<String> described = new java.util.HashSet<>();
        java.util.regex.Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(html).results()
                .forEach(m -> described.addAll(List.of(m.group(1).trim().split("\\s+"))));
        java.util.regex.Pattern.compile("id=\"([^\"]+-(?:hint|error))\"").matcher(html).results()
                .map(m -> m.group(1))
                .forEach(id -> org.junit.jupiter.api.Assertions.assertTrue(described.contains(id),
                        id + " is not named in any aria-describedby (" + described + "):\n" + html));
    }

    /** A coordinator token that looks right but is signed with somebody else's key. */
    public static String signedWithAnotherKey(String subject, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return sign(pair.getPrivate(), claims(subject, role));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of one genuine token with the signature of another. */
    public static String tamperedPayload(String genuine, String other) {
        String[] a = genuine.split("\\.");
        String[] b = other.split("\\.");
        return a[0] + "." + b[1] + "." + a[2];
    }

    /** An unsigned token ("alg": "none"). */
    public static String unsigned(String subject, String role) {
        try {
            String header = URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "none", "typ", "JWT")));
            return header + "." + URL.encodeToString(JSON.writeValueAsBytes(claims(subject, role))) + ".";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> claims(String subject, String role) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://peer-coaching.local/dev-identity");
        claims.put("sub", subject);
        claims.put("groups", List.of(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(3600).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("name", subject);
        return claims;
    }

    static String sign(PrivateKey key, Map<String, Object> claims) throws Exception {
        String header = URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "dev-1")));
        String payload = URL.encodeToString(JSON.writeValueAsBytes(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + URL.encodeToString(rsa.sign());
    }
}
