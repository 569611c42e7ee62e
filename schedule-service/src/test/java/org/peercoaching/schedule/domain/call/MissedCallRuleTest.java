package org.peercoaching.schedule.domain.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.schedule.domain.call.CallStatus.CANCELLED;
import static org.peercoaching.schedule.domain.call.CallStatus.COMPLETED;
import static org.peercoaching.schedule.domain.call.CallStatus.MISSED;
import static org.peercoaching.schedule.domain.call.CallStatus.NO_ANSWER;
import static org.peercoaching.schedule.domain.call.CallStatus.SCHEDULED;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissedCallRuleTest {

    @Test
    void noAnswerAndNotMadeBothCountTowardsTheRun() {
        assertEquals(3, MissedCallRule.missedInARow(List.of(COMPLETED, NO_ANSWER, MISSED, NO_ANSWER, SCHEDULED)));
        assertTrue(MissedCallRule.alertsAt(3));
    }

    @Test
    void aCompletedCallEndsTheRun() {
        assertEquals(1, MissedCallRule.missedInARow(List.of(NO_ANSWER, NO_ANSWER, COMPLETED, MISSED)));
        assertFalse(MissedCallRule.alertsAt(1));
    }

    @Test
    void cancelledAndFutureCallsNeitherCountNorBreakTheRun() {
        assertEquals(3, MissedCallRule.missedInARow(List.of(NO_ANSWER, CANCELLED, NO_ANSWER, SCHEDULED, MISSED)));
    }

    @Test
    void theAlertIsRaisedOncePerRunNotOnEveryFurtherMiss() {
        assertFalse(MissedCallRule.alertsAt(2));
        assertFalse(MissedCallRule.alertsAt(4));
    }
}
