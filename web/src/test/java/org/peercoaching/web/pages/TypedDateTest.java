package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedDateTest {

    static final Optional<LocalDate> FIRST_OF_OCTOBER = Optional.of(LocalDate.of(2026, 10, 1));

    @Test
    void aDateFieldsOwnValueIsRead() {
        assertEquals(FIRST_OF_OCTOBER, TypedDate.parse("2026-10-01"));
        assertEquals(FIRST_OF_OCTOBER, TypedDate.parse(" 2026-10-01 "));
    }

    @Test
    void aDateTypedTheUkWayIsReadDayFirst() {
        for (String typed : new String[] {"1/10/2026", "01/10/2026", "1-10-2026", "1.10.2026", "1 10 2026",
                "1  10 2026", "1 October 2026", "1 october 2026", "1 Oct 2026"}) {
            assertEquals(FIRST_OF_OCTOBER, TypedDate.parse(typed), typed);
        }
    }

    @Test
    void somethingThatIsNotARealDateIsNoDate() {
        for (String typed : new String[] {null, "", "  ", "tomorrow", "31/02/2027", "2027-02-30", "2026-13-01",
                "10/1", "1/10/26", "2026-10-01T10:00"}) {
            assertEquals(Optional.empty(), TypedDate.parse(typed), String.valueOf(typed));
        }
    }
}
