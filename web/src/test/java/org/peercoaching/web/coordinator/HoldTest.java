package org.peercoaching.web.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.coordinator.Views.Hold;

class HoldTest {

    static final LocalDate THIRD_OF_MARCH = LocalDate.of(2027, 3, 3);

    @Test
    void theServicesOwnDescriptionIsShownAsItIs() {
        assertEquals("On hold: DBS check expired on 3 March 2027",
                new Hold("DBS_EXPIRED", THIRD_OF_MARCH, "On hold: DBS check expired on 3 March 2027").text());
    }

    @Test
    void withoutADescriptionTheReasonAndDateMakeTheSentence() {
        assertEquals("On hold: DBS check expired on 3 March 2027", new Hold("DBS_EXPIRED", THIRD_OF_MARCH, null).text());
        assertEquals("On hold: supervision overdue since 15 February 2027",
                new Hold("SUPERVISION_OVERDUE", LocalDate.of(2027, 2, 15), " ").text());
        assertEquals("On hold: Something new since 3 March 2027", new Hold("SOMETHING_NEW", THIRD_OF_MARCH, null).text());
        assertEquals("On hold: DBS check expired", new Hold("DBS_EXPIRED", null, null).text());
        assertEquals("On hold", new Hold(null, null, null).text());
    }

    @Test
    void holdsMissingFromAnOlderServiceMeanNotOnHold() {
        Views.Coach coach = new Views.Coach(null, "Ben", "Lloyd", null, null, "ACTIVE", null, 2, null, null, null,
                null, null, null, null, null, null, null, List.of("DBS_RENEWAL_DUE"), null);
        assertFalse(coach.onHold());
        assertEquals(List.of(), coach.holds());
        assertTrue(coach.needsAttention());
        assertEquals(List.of("DBS_RENEWAL_DUE"), coach.flagsBesideHolds());
    }

    @Test
    void aFlagTheHoldAlreadyExplainsIsNotRepeated() {
        Views.Coach coach = new Views.Coach(null, "Zainab", "Ali", null, null, "ACTIVE", null, 3, null, null, null,
                null, null, null, null, null, null, null, List.of("DBS_EXPIRED", "KIT_DUE_BACK"),
                List.of(new Hold("DBS_EXPIRED", THIRD_OF_MARCH, null)));
        assertTrue(coach.onHold());
        assertEquals(List.of("KIT_DUE_BACK"), coach.flagsBesideHolds());
    }

    @Test
    void aHoldThePagesCanLiftPointsToTheFormThatLiftsIt() {
        Hold dbs = new Hold("DBS_EXPIRED", THIRD_OF_MARCH, null);
        assertEquals("record-dbs", dbs.remedyAnchor());
        assertEquals("Record the new DBS check", dbs.remedy());
        Hold supervision = new Hold("SUPERVISION_OVERDUE", THIRD_OF_MARCH, null);
        assertEquals("record-supervision", supervision.remedyAnchor());
        assertEquals("Record supervision attended", supervision.remedy());
        for (Hold other : List.of(new Hold("SOMETHING_NEW", THIRD_OF_MARCH, null), new Hold(null, null, null))) {
            assertNull(other.remedyAnchor());
            assertNull(other.remedy());
        }
    }
}
