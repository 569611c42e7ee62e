package org.peercoaching.kit.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    static final Instant NOW = Instant.parse("2027-01-05T18:00:00Z");

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertNotNull(TokenRules.refusal("coord-a", NOW.plusSeconds(86_400).getEpochSecond(), NOW, 60));
        assertNotNull(TokenRules.refusal("coord-a", NOW.plusSeconds(61).getEpochSecond(), NOW, 60));
    }

    @Test
    void aTokenIssuedWithinTheClockSkewOrEarlierIsAccepted() {
        assertNull(TokenRules.refusal("coord-a", NOW.plusSeconds(60).getEpochSecond(), NOW, 60));
        assertNull(TokenRules.refusal("coord-a", NOW.minusSeconds(3600).getEpochSecond(), NOW, 60));
    }

    @Test
    void aTokenWithAnEmptySubjectIsRefused() {
        assertNotNull(TokenRules.refusal("", NOW.getEpochSecond(), NOW, 60));
        assertNotNull(TokenRules.refusal("  ", NOW.getEpochSecond(), NOW, 60));
        assertNotNull(TokenRules.refusal(null, NOW.getEpochSecond(), NOW, 60));
    }
}
