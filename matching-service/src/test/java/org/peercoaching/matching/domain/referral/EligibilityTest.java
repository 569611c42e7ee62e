package org.peercoaching.matching.domain.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    final Eligibility rules = new Eligibility(Map.of(
            "PAM-13", new Eligibility.Instrument(d("0"), d("100"), d("55.1"), List.of(d("47.0"), d("55.1"), d("67.0"))),
            "SEMCD-6", new Eligibility.Instrument(d("1"), d("10"), d("6.0"), List.of())));

    @Test
    void pamLevelsOneAndTwoAreEligibleAndThreeAndFourAreNot() {
        assertTrue(rules.decide("PAM-13", d("47.0"), 1).eligible());
        assertTrue(rules.decide("PAM-13", d("55.1"), 2).eligible());
        Eligibility.Decision level3 = rules.decide("PAM-13", d("55.2"), 3);
        assertFalse(level3.eligible());
        assertTrue(level3.errors().isEmpty());
        assertTrue(level3.reason().contains("level 3"), level3.reason());
        assertFalse(rules.decide("PAM-13", d("80"), null).eligible());
    }

    @Test
    void aLevelThatDoesNotMatchTheScoreIsAFieldError() {
        assertEquals("activation.level", rules.decide("PAM-13", d("50.0"), 1).errors().get(0).field());
    }

    @Test
    void aFreeInstrumentIsJudgedByItsOwnCutPoint() {
        assertTrue(rules.decide("SEMCD-6", d("4.5"), null).eligible());
        assertFalse(rules.decide("SEMCD-6", d("7.5"), null).eligible());
        assertEquals("activation.score", rules.decide("SEMCD-6", d("40"), null).errors().get(0).field());
        assertEquals("activation.level", rules.decide("SEMCD-6", d("4"), 1).errors().get(0).field());
    }

    @Test
    void anUnknownInstrumentIsAFieldErrorNamingTheKnownOnes() {
        Eligibility.Decision d = rules.decide("MYSTERY-1", d("10"), null);
        assertEquals("activation.instrument", d.errors().get(0).field());
        assertTrue(d.errors().get(0).message().contains("PAM-13"));
    }
}
