package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
        Outcome outcome,
        /* coordinators of the person's coach only, while MATCHED or IN_PROGRAMME: who to phone about them */
        Person person) {

    /**
     * The person, for the coordinator of their coach: full name and phone, so a safety concern can be acted on at
     * once, and what they live with (SNOMED CT codes with their plain-English names from the condition catalogue).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(@Schema(required = true) String firstName, @Schema(required = true) String lastName,
            @Schema(required = true) String phone,
            @Schema(required = true) List<WaitingPersonView.Condition> conditions) {}

    public record Coach(@Schema(required = true) UUID volunteerId, @Schema(required = true) String firstName) {}

    /** What the programme achieved, once GRADUATED. */
    public record Outcome(Integer callsCompleted, Integer callsMissed, Integer escalations,
            String activationInstrument, BigDecimal activationScoreAfter, Integer activationLevelAfter,
            Instant completedAt) {}
}
