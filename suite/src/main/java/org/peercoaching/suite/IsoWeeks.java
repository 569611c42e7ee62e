package org.peercoaching.suite;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/** ISO week labels ("2026-W48") as the weekly call list takes them, in Europe/London. */
public final class IsoWeeks {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private IsoWeeks() {}

    public static String of(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static String current() {
        return of(LocalDate.now(LONDON));
    }
}
