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
        String coordinatorId) {}
