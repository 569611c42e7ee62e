package org.peercoaching.events.match;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.peercoaching.events.CallWindow;

/**
 * A person and a coach were matched and the match confirmed. Carries only what schedule-service
 * needs to plan and place the calls: the person's first name and phone, and both sides' call windows.
 *
 * @param replacesMatchId set when this is a re-match: the person keeps their plan, stage and history,
 *     and their future calls move to the new coach
 */
public record MatchConfirmedV1(
        UUID matchId,
        UUID referralId,
        UUID volunteerId,
        String personFirstName,
        String personPhone,
        List<CallWindow> personCallWindows,
        List<CallWindow> coachCallWindows,
        Instant confirmedAt,
        UUID replacesMatchId) {}
