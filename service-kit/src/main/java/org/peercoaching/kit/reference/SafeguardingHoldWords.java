package org.peercoaching.kit.reference;

import java.time.LocalDate;
import org.peercoaching.kit.time.London;

/** How a safeguarding hold reads to a coordinator, the same in every service. */
public final class SafeguardingHoldWords {

    public static final String DBS_EXPIRED = "DBS_EXPIRED";
    public static final String SUPERVISION_OVERDUE = "SUPERVISION_OVERDUE";

    private SafeguardingHoldWords() {}

    /** "DBS check expired on 3 March 2027" or "supervision overdue since 15 February 2027". */
    public static String describe(String reason, LocalDate since) {
        return switch (reason) {
            case DBS_EXPIRED -> "DBS check expired on " + London.dateInWords(since);
            case SUPERVISION_OVERDUE -> "supervision overdue since " + London.dateInWords(since);
            default -> reason.toLowerCase().replace('_', ' ') + " since " + London.dateInWords(since);
        };
    }
}
