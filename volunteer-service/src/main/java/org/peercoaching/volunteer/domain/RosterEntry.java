package org.peercoaching.volunteer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One coach on the roster with what the coordinator needs at a glance.
 *
 * @param capacity as matching-service last published it; null if it has not published any for this coach
 * @param activity all calls recorded so far
 * @param holds why the coach may take no new people today (empty when none)
 */
public record RosterEntry(
        Volunteer volunteer,
        Set<Flag> flags,
        SupervisionMode supervisionMode,
        LocalDate lastSupervisedOn,
        LocalDate supervisionDueBy,
        CoachCapacity capacity,
        ActivitySummary activity,
        List<Hold> holds) {

    public int room() {
        return capacity == null ? 0 : capacity.room;
    }
}
