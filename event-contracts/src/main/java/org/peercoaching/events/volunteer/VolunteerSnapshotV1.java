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
 * @param pausedUntil when a PAUSED coach expects to come back, if known
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
        LocalDate pausedUntil) {}
