package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        Instant receivedAt,
        Instant statusChangedAt,
        Long waitingPosition,
        Coach coach) {

    public record Coach(String firstName) {}
}
