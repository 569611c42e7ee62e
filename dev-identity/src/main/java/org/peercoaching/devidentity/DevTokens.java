package org.peercoaching.devidentity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 bearer tokens for demo users with the dev signing key, the way an OIDC provider
 * (Keycloak, NHS CIS2) would in production. Services trust this key only outside the prod profile.
 */
public final class DevTokens {

    public static final String ISSUER = "https://peer-coaching.local/dev-identity";
    /** The audience the services expect in prod unless JWT_AUDIENCE says otherwise (docs/security.md). */
    public static final String AUDIENCE = "peer-coaching-api";
    public static final String COORDINATOR = "coordinator";
    public static final String VOLUNTEER = "volunteer";
    public static final String PATHWAY = "pathway";
    public static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static volatile PrivateKey signingKey;

    private DevTokens() {}

    public static String coordinator(String coordinatorId) {
        return sign(coordinatorId, COORDINATOR, Map.of("name", coordinatorId));
    }

    public static String volunteer(UUID volunteerId) {
        return sign("volunteer-" + volunteerId, VOLUNTEER, Map.of("volunteer_id", volunteerId.toString()));
    }

    /** A pathway system's client-credentials token: it may only touch referrals of its own pathway. */
    public static String pathway(String pathwayCode) {
        return sign("pathway-" + pathwayCode, PATHWAY, Map.of("pathway", pathwayCode));
    }

    public static String admin(String adminId) {
        return sign(adminId, ADMIN, Map.of("name", adminId));
    }

    public static String sign(String subject, String role, Map<String, String> extraClaims) {
        return sign(subject, role, extraClaims, Duration.ofHours(12));
    }

    public static String sign(String subject, String role, Map<String, String> extraClaims, Duration lifetime) {
        return sign(subject, role, extraClaims, Instant.now(), lifetime);
    }

    /** A token issued at {@code issuedAt}, valid for {@code lifetime} from then: for tests of odd clocks. */
    public static String sign(String subject, String role, Map<String, String> extraClaims, Instant issuedAt,
            Duration lifetime) {
        Instant now = issuedAt;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("aud", AUDIENCE);
        claims.put("groups", List.of(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(extraClaims);
        try {
            String header = URL.encodeToString(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", "dev-1")));
            String payload = URL.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signingKey());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a dev token", e);
        }
    }

    private static PrivateKey signingKey() throws Exception {
        if (signingKey == null) {
            try (InputStream in = DevTokens.class.getResourceAsStream("/dev-identity/signing-key.pem")) {
                if (in == null) {
                    throw new IOException("dev-identity/signing-key.pem is not on the classpath");
                }
                String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                signingKey = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            }
        }
        return signingKey;
    }

    /** {@code java -cp dev-identity.jar org.peercoaching.devidentity.DevTokens coordinator coord-amina} */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DevTokens coordinator|volunteer|pathway|admin <id: coordinator id, volunteer UUID, pathway code, admin id>");
            System.exit(2);
        }
        String token = switch (args[0]) {
            case COORDINATOR -> coordinator(args[1]);
            case VOLUNTEER -> volunteer(UUID.fromString(args[1]));
            case PATHWAY -> pathway(args[1]);
            case ADMIN -> admin(args[1]);
            default -> throw new IllegalArgumentException("unknown role " + args[0]);
        };
        System.out.println(token);
    }
}
