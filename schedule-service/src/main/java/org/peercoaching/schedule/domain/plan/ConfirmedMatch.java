package org.peercoaching.schedule.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A confirmed match as schedule-service needs it, mapped out of the event contract. */
public record ConfirmedMatch(
        UUID matchId,
        UUID referralId,
        UUID coachId,
        String personFirstName,
        String personPhone,
        List<CallSlotter.Window> personWindows,
        List<CallSlotter.Window> coachWindows,
        Instant confirmedAt,
        List<String> personConditionCodes,
        String personLanguage) {

    /** A match from before conditions and language were sent: neither is known. */
    public ConfirmedMatch(UUID matchId, UUID referralId, UUID coachId, String personFirstName, String personPhone,
            List<CallSlotter.Window> personWindows, List<CallSlotter.Window> coachWindows, Instant confirmedAt) {
        this(matchId, referralId, coachId, personFirstName, personPhone, personWindows, coachWindows, confirmedAt,
                List.of(), null);
    }
}
