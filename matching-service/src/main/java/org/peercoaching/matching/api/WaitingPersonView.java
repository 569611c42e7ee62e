package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person on the shared waiting list, as a coordinator sees it: first name and the surname's initial only (no
 * surname, phone or NHS number), what they live with, their area's IMD decile and language, how long they have waited and where they
 * are in the queue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WaitingPersonView(
        @Schema(required = true) UUID referralId,
        @Schema(required = true) String firstName,
        /* the surname's first letter, upper case ("J"), to tell people with the same first name apart */
        String lastNameInitial,
        @Schema(required = true) String pathway,
        @Schema(required = true) List<Condition> conditions,
        @Schema(required = true) int imdDecile,
        /* ISO 639 code, and its English name */
        @Schema(required = true) String language,
        @Schema(required = true) String languageName,
        /* when the referral was received */
        @Schema(required = true) Instant receivedAt,
        /* when they last joined the waiting list (their referral, or their coach pausing, leaving or being changed) */
        @Schema(required = true) Instant waitingSince,
        /* whole London calendar days since receivedAt (for a re-match, since waitingSince) */
        @Schema(required = true) long daysWaiting,
        /* 1 = first in the queue */
        @Schema(required = true) int position,
        /* waiting for a re-match after their coach paused or left, or they asked for another coach */
        @Schema(required = true) boolean rematch,
        /* no coach can be offered to them: none meets their preferences or all such were declined (room or not),
           or coaches with room share no call time with them */
        @Schema(required = true) boolean noCoachFits,
        /* why, when noCoachFits, in plain English ("No coach with room shares a call time with them") */
        String noCoachFitsReason) {

    /** A SNOMED CT concept id and its plain-English name from the condition catalogue (none if it is not there). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(@Schema(required = true) String code, String name) {}
}
