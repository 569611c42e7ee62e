package org.peercoaching.schedule.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Programme-wide counts per Europe/London calendar month, for coordinators and admins: aggregates only, no
 * person, coach, call or referral is named or identified.
 */
public record ScheduleReportView(
        @Schema(required = true) String from,
        @Schema(required = true) String to,
        @Schema(required = true) String timeZone,
        @Schema(required = true, description = "UTC", example = "2030-07-01T08:00:00Z") Instant generatedAt,
        @Schema(required = true) List<Month> months,
        @Schema(required = true) Counts totals,
        @Schema(required = true) Map<String, Long> stagesNow,
        @Schema(required = true) long awaitingFollowUp,
        @Schema(required = true) Activation activation) {

    /** One calendar month: plans started, follow-ups recorded (graduations), calls done and missed, escalations. */
    public record Month(@Schema(required = true) String month, @Schema(required = true) long plansStarted,
            @Schema(required = true) long graduated, @Schema(required = true) long callsCompleted,
            @Schema(required = true) long callsMissed, @Schema(required = true) long escalations) {}

    /** The same counts over the whole period. */
    public record Counts(@Schema(required = true) long plansStarted, @Schema(required = true) long graduated,
            @Schema(required = true) long callsCompleted, @Schema(required = true) long callsMissed,
            @Schema(required = true) long escalations) {}

    /**
     * Graduated people whose follow-up measure was recorded in the period. schedule-service holds the score at
     * referral (recorded with the follow-up) and the level at follow-up, but not the level at referral.
     */
    public record Activation(@Schema(required = true) long people, @Schema(required = true) boolean levelAtReferralHeld,
            @Schema(required = true) String note, @Schema(required = true) List<Instrument> byInstrument) {}

    public record Instrument(@Schema(required = true) String instrument, @Schema(required = true) long people,
            BigDecimal meanScoreAtReferral, BigDecimal meanScoreAtFollowUp, BigDecimal meanChange,
            @Schema(required = true) Map<String, Long> levelsAtFollowUp, @Schema(required = true) long levelNotRecorded) {}
}
