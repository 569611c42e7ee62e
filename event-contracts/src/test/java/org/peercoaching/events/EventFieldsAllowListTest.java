package org.peercoaching.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Events carry ids and only the data their consumers need. Each payload's fields are listed here; adding
 * one is a decision to be made in review (and in docs/security.md), not a side effect.
 */
class EventFieldsAllowListTest {

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // the coach as matching needs them: no contact details, no notes, no reasons for a pause
            Map.entry("VolunteerSnapshotV1", Set.of("volunteerId", "firstName", "status", "gender", "languages", "conditionCodes",
                    "imdDecile", "callWindows", "competenceLevel", "pausedUntil", "lsoaCode", "coordinatorId",
                    // SHORT or LONG while paused (issue #18): the kind, never the reason
                    "pauseKind")),
            // v2 adds the safeguarding facts matching holds a coach back on: a date and the holds, no certificate
            Map.entry("VolunteerSnapshotV2", Set.of("volunteerId", "firstName", "status", "gender", "languages", "conditionCodes",
                    "imdDecile", "callWindows", "competenceLevel", "pausedUntil", "lsoaCode", "coordinatorId",
                    "dbsRenewalDue", "holds", "pauseKind")),
            Map.entry("DbsRenewalReminderV1", Set.of("volunteerId", "coordinatorId", "firstName", "renewalDue", "daysBefore")),
            Map.entry("ReferralStatusChangedV1", Set.of("referralId", "pathway", "pathwayReferralId", "status", "reason",
                    "changedAt")),
            Map.entry("MatchProposedV1", Set.of("matchId", "referralId", "volunteerId", "score", "proposedAt")),
            // schedule needs the person's first name and phone for the coach's call list; nothing clinical
            // conditions and language: the coach's call page shows them before the call (#18, docs/security.md)
            Map.entry("MatchConfirmedV1", Set.of("matchId", "referralId", "volunteerId", "personFirstName", "personPhone",
                    "personCallWindows", "coachCallWindows", "confirmedAt", "replacesMatchId", "personConditionCodes",
                    "personLanguage")),
            Map.entry("MatchDeclinedV1", Set.of("matchId", "referralId", "volunteerId", "reason", "declinedAt")),
            Map.entry("MatchEndedV1", Set.of("matchId", "referralId", "volunteerId", "reason", "endedAt")),
            Map.entry("CoachCapacityChangedV1", Set.of("volunteerId", "activePeople", "peopleByStage", "room", "changedAt")),
            Map.entry("StageChangedV1", Set.of("planId", "matchId", "referralId", "volunteerId", "fromStage", "toStage",
                    "changedAt")),
            Map.entry("CallRecordedV1", Set.of("callId", "planId", "referralId", "volunteerId", "outcome", "durationMinutes",
                    "callStartedAt", "recordedAt")),
            // the category only: what was said stays in schedule-service
            Map.entry("EscalationRaisedV1", Set.of("escalationId", "callId", "referralId", "volunteerId", "category", "raisedAt")),
            Map.entry("ProgrammeCompletedV1", Set.of("planId", "referralId", "volunteerId", "callsCompleted",
                    "callsMissed", "escalations", "activationInstrument", "activationScoreAfter", "activationLevelAfter",
                    "completedAt", "activationScoreBefore", "activationChange", "callsWithGoals")));

    /** Words that must never name an event field (a count of calls with goals is fine; the goals themselves are not). */
    static final List<String> NEVER = List.of("nhs", "lastname", "surname", "dateofbirth", "dob", "address", "postcode",
            "email", "note", "diagnos", "goaltext", "text", "comment");

    @Test
    void everyEventPayloadCarriesOnlyItsAllowListedFields() throws IllegalAccessException {
        Map<String, Set<String>> allowed = ALLOWED;
        Set<String> seen = new TreeSet<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != EventType.class) {
                continue;
            }
            Class<?> data = ((EventType<?>) field.get(null)).dataClass();
            seen.add(data.getSimpleName());
            Set<String> fields = new TreeSet<>(Arrays.stream(data.getRecordComponents()).map(RecordComponent::getName).toList());
            assertEquals(new TreeSet<>(allowed.getOrDefault(data.getSimpleName(), Set.of())), fields,
                    data.getSimpleName() + " fields differ from the allow-list");
        }
        assertEquals(new TreeSet<>(allowed.keySet()), seen, "every payload is allow-listed, and only those in use");
    }

    @Test
    void noEventFieldIsNamedLikeContactDetailsNotesOrClinicalText() {
        for (Set<String> fields : ALLOWED.values()) {
            for (String field : fields) {
                for (String word : NEVER) {
                    assertTrue(!field.toLowerCase().contains(word), field + " looks like " + word);
                }
            }
        }
    }
}
