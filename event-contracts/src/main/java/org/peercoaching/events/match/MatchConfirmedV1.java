package org.peercoaching.events.match;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.peercoaching.events.CallWindow;

/**
 * A person and a coach were matched and the match confirmed. Carries only what schedule-service
 * needs to plan and place the calls, and what the coach sees before each call: the person's first name and
 * phone, both sides' call windows, the person's conditions and language.
 *
 * @param replacesMatchId set when this is a re-match: the person keeps their plan, stage and history,
 *     and their future calls move to the new coach
 * @param personConditionCodes the person's long-term conditions (SNOMED CT concept ids), for the coach's call page;
 *     added within v1 (absent from older events)
 * @param personLanguage the language the person prefers for their calls (ISO 639-1, e.g. "en"); added within v1
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
        UUID replacesMatchId,
        List<String> personConditionCodes,
        String personLanguage) {}
