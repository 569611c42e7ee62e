package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Where a referral stands, for the pathway that sent it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID id,
        String pathway,
        String pathwayReferralId,
        String status,
        String statusDescription,
        /* why it is INELIGIBLE or WITHDRAWN */
        String reason,
        Instant receivedAt,
        Instant statusChangedAt,
        Integer imdDecile,
        String imdEdition,
        Long waitingPosition,
        Boolean waitingForRematch,
        Coach coach,
        /* the taper stage while IN_PROGRAMME: WEEKLY, FORTNIGHTLY, MONTHLY */
        String stage,
        Outcome outcome) {

    public record Coach(String firstName) {}

    /** What the programme achieved, once GRADUATED. */
    public record Outcome(Integer callsCompleted, Integer callsMissed, Integer escalations,
            String activationInstrument, BigDecimal activationScoreAfter, Integer activationLevelAfter,
            Instant completedAt) {}
}
