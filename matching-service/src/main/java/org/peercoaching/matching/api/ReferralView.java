package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a referral stands. The pathway that sent it sees what happened (status, dates, reason, stage, outcome),
 * never {@code coach}; a coordinator of the coach also sees who the coach is once matched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String pathway,
        @Schema(required = true) String pathwayReferralId,
        @Schema(required = true) String status,
        @Schema(required = true) String statusDescription,
        /* why it is INELIGIBLE or WITHDRAWN */
        String reason,
        @Schema(required = true) Instant receivedAt,
        @Schema(required = true) Instant statusChangedAt,
        @Schema(required = true) Integer imdDecile,
        /* where the decile came from: IMD2025 or IMD2019 when looked up from lsoaCode; absent when the pathway
           gave the decile itself */
        String imdEdition,
        /* the LSOA code the decile was looked up by (2021 code for IMD2025, 2011 code for IMD2019) */
        String lsoaCode,
        Long waitingPosition,
        Boolean waitingForRematch,
        /* coordinators only, while MATCHED or IN_PROGRAMME */
        Coach coach,
        /* the taper stage while IN_PROGRAMME: WEEKLY, FORTNIGHTLY, MONTHLY */
        String stage,
        Outcome outcome) {

    public record Coach(@Schema(required = true) UUID volunteerId, @Schema(required = true) String firstName) {}

    /** What the programme achieved, once GRADUATED. */
    public record Outcome(Integer callsCompleted, Integer callsMissed, Integer escalations,
            String activationInstrument, BigDecimal activationScoreAfter, Integer activationLevelAfter,
            Instant completedAt) {}
}
