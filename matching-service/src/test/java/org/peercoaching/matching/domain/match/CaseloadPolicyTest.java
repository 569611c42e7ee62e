package org.peercoaching.matching.domain.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseloadPolicyTest {

    @Test
    void aNewCoachTakesTwoPeopleAndNoMore() {
        CaseloadPolicy policy = new CaseloadPolicy(2);
        assertTrue(policy.hasRoom(0));
        assertTrue(policy.hasRoom(1));
        assertFalse(policy.hasRoom(2));
        assertFalse(policy.hasRoom(3));
    }
}
