package org.peercoaching.events.volunteer;

import java.util.List;
import java.util.UUID;
import org.peercoaching.events.CallWindow;

/**
 * A volunteer coach joined. Carries what matching needs to score the coach and what schedule needs to
 * slot calls; no contact details.
 */
public record VolunteerRegisteredV1(
        UUID volunteerId,
        String firstName,
        String status,
        String gender,
        List<String> languages,
        List<String> conditionCodes,
        Integer imdDecile,
        List<CallWindow> callWindows) {}
