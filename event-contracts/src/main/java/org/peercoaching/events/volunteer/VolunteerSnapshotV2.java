package org.peercoaching.events.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peercoaching.events.CallWindow;

/**
 * Version 2 of every volunteer event's data: the v1 snapshot plus the safeguarding facts matching needs to
 * hold a coach back from new people. volunteer-service publishes each change as v2 and, while
 * {@code peercoaching.events.volunteer-v1} is on, as v1 too, so consumers that read only v1 carry on as before.
 *
 * @param dbsRenewalDue the date the coach's DBS check must be renewed by; from that day they are on hold
 * @param holds why the coach may take no new people now (empty when none); their current people continue
 * @param pauseKind as in v1: SHORT or LONG while PAUSED, null otherwise (null from older producers means LONG)
 */
public record VolunteerSnapshotV2(
        UUID volunteerId,
        String firstName,
        String status,
        String gender,
        List<String> languages,
        List<String> conditionCodes,
        Integer imdDecile,
        List<CallWindow> callWindows,
        Integer competenceLevel,
        LocalDate pausedUntil,
        String lsoaCode,
        String coordinatorId,
        LocalDate dbsRenewalDue,
        List<Hold> holds,
        String pauseKind) {

    /** DBS_EXPIRED (since the renewal date) or SUPERVISION_OVERDUE (since the day supervision became overdue). */
    public record Hold(String reason, LocalDate since) {}

    public static final String DBS_EXPIRED = "DBS_EXPIRED";
    public static final String SUPERVISION_OVERDUE = "SUPERVISION_OVERDUE";

    /** Whether this is a paused coach on a short pause (who keeps their people). */
    public boolean onShortPause() {
        return "PAUSED".equals(status) && VolunteerSnapshotV1.SHORT_PAUSE.equals(pauseKind);
    }
}
