package org.peercoaching.events.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.peercoaching.events.CallWindow;

/**
 * The data of every volunteer event: the coach as matching needs to see them after the change, and no
 * more (no contact details, no notes, no reasons for a pause).
 *
 * @param status APPLICANT, IN_TRAINING, READY, ACTIVE, PAUSED or LEFT; only ACTIVE coaches take people
 * @param competenceLevel 1 (new) upwards; the caseload policy may allow more to more experienced coaches
 * @param imdDecile IMD 2019 decile of the coach's home area; null when only an LSOA code was given
 * @param pausedUntil when a PAUSED coach expects to come back, if known
 * @param lsoaCode the coach's home LSOA (2011 code, for example E01000001) when given; matching owns the
 *     LSOA to decile lookup and may derive the decile from it (added in v1, additive)
 * @param coordinatorId the staff coordinator who looks after this coach (the subject of their sign-in
 *     token); other services use it to show each coordinator only their own coaches and people
 *     (added in v1, additive; null from older producers means "not yet assigned")
 * @param pauseKind SHORT (a holiday or illness of up to six weeks: the coach keeps their people and their calls in
 *     the pause are moved or skipped) or LONG (their people are re-matched) while PAUSED; null otherwise, and null
 *     from older producers means LONG (added in v1, additive; issue #18)
 */
public record VolunteerSnapshotV1(
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
        String pauseKind) {

    public static final String SHORT_PAUSE = "SHORT";
    public static final String LONG_PAUSE = "LONG";

    /** Whether this is a paused coach on a short pause (who keeps their people). */
    public boolean onShortPause() {
        return "PAUSED".equals(status) && SHORT_PAUSE.equals(pauseKind);
    }
}
