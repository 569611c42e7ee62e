package org.peercoaching.matching.domain.coach;

import java.util.List;
import java.util.UUID;
import org.peercoaching.matching.domain.WeeklyWindow;

/** A coach as another service described them, already mapped out of the event contract. */
public record CoachProfile(
        UUID volunteerId,
        String firstName,
        String status,
        String gender,
        Integer imdDecile,
        Integer competenceLevel,
        List<String> languages,
        List<String> conditionCodes,
        List<WeeklyWindow> callWindows,
        /* the coordinator's sign-in subject; null when none is named yet */
        String coordinatorId,
        /* from volunteer.*.v2; null from a v1 event, which leaves what matching knows of them as it was */
        Safeguarding safeguarding,
        /* paused with pauseKind SHORT (issue #18): keeps their people, takes nobody new; false otherwise */
        boolean shortPause) {

    /** The safeguarding facts: the DBS renewal date and the holds published (dates null when none). */
    public record Safeguarding(java.time.LocalDate dbsRenewalDue, java.time.LocalDate dbsHoldSince,
            java.time.LocalDate supervisionHoldSince) {}
}
