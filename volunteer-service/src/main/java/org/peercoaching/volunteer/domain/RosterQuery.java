package org.peercoaching.volunteer.domain;

import java.util.Set;

/**
 * What a coordinator asks of the roster. Empty sets and nulls mean "any".
 *
 * @param coordinatorId only the coaches this coordinator (a sign-in subject) looks after; null for every coach
 * @param flags coaches carrying at least one of these flags
 * @param flagged true: only coaches with any flag; false: only coaches with none
 * @param minRoom only coaches matching-service last said have at least this much room (unknown counts as 0)
 * @param page 1-based
 */
public record RosterQuery(
        String coordinatorId,
        Set<VolunteerStatus> statuses,
        String coordinator,
        Set<Integer> competenceLevels,
        Set<Flag> flags,
        Boolean flagged,
        Integer minRoom,
        String conditionCode,
        String language,
        SortKey sort,
        boolean descending,
        int page,
        int size) {

    public enum SortKey {
        NAME,
        STATUS,
        COMPETENCE,
        COORDINATOR,
        DBS_RENEWAL_DUE,
        SUPERVISION_DUE,
        ROOM,
        HOURS,
        REGISTERED
    }
}
