package org.peercoaching.matching.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.referral.NewReferral;

/**
 * A checked referral body as the domain takes it, for both doors in: the JSON API and the FHIR edge (which maps a
 * FHIR message onto the same body first). The fingerprint is of the body, so a referral is the same referral
 * whichever door it came through.
 */
@ApplicationScoped
public class ReferralSubmissions {

    private final ObjectMapper mapper;

    public ReferralSubmissions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The domain's referral, with the fingerprint that makes a resend of the same referral idempotent. */
    public NewReferral toDomain(SubmitReferralBody b) {
        return new NewReferral(b.pathway(), b.pathwayReferralId(), fingerprint(b), b.person().firstName(),
                b.person().lastName(), b.person().phone(), b.person().language(),
                b.conditionCodes().stream().distinct().toList(), b.activation().instrument(),
                b.activation().score(), b.activation().level(), b.activation().measuredOn(),
                b.homeArea().imdDecile(), b.homeArea().lsoaCode(), b.coachGenderPreference(), b.consent().contact(),
                b.consent().shareGoalsWithClinicalTeam(),
                b.callWindows().stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).distinct()
                        .toList());
    }

    /**
     * What the referral says, not how it was spelt: the body as Jackson reads it, with object keys sorted, nulls
     * left out (an explicit null is the same as a missing field) and numbers in their plain shortest form (44.9 is
     * 44.90), hashed.
     */
    private String fingerprint(SubmitReferralBody body) {
        try {
            StringBuilder canonical = new StringBuilder();
            canonicalise(mapper.valueToTree(body), canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Referral could not be fingerprinted", e);
        }
    }

    private void canonicalise(com.fasterxml.jackson.databind.JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode> fields = new java.util.TreeMap<>();
            node.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    fields.put(e.getKey(), e.getValue());
                }
            });
            fields.forEach((name, value) -> {
                out.append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(name)).append(':');
                canonicalise(value, out);
                out.append(',');
            });
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.forEach(item -> {
                canonicalise(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            out.append('"').append(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                    .quoteAsString(node.asText())).append('"');
        } else {
            out.append(node.toString());
        }
    }
}
