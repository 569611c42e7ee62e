package org.peercoaching.volunteer.domain;

import java.time.LocalDate;
import org.peercoaching.kit.reference.SafeguardingHoldWords;

/**
 * Why a coach may take no new people now (a safeguarding hold); the people they already coach continue.
 *
 * @param since for DBS_EXPIRED the renewal date that passed; for SUPERVISION_OVERDUE the first day supervision was overdue
 */
public record Hold(Reason reason, LocalDate since) {

    public enum Reason {
        /** The DBS check's renewal date has passed and no new check is recorded. */
        DBS_EXPIRED,
        /** Supervision has been overdue for longer than the grace period. */
        SUPERVISION_OVERDUE
    }

    /** Plain English for the coordinator: "On hold: DBS check expired on 3 March 2027". */
    public String description() {
        return "On hold: " + SafeguardingHoldWords.describe(reason.name(), since);
    }
}
