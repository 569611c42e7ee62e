package org.peercoaching.schedule.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Programme-wide counts per Europe/London calendar month, for coordinators and admins: aggregates only, no
 * person, coach, call or referral is named or identified.
 */
public record ScheduleReportView(
        String from,
        String to,
        String timeZone,
        @Schema(description = "UTC", example = "2030-07-01T08:00:00Z") Instant generatedAt,
        List<Month> months,
        Counts totals,
        Map<String, Long> stagesNow,
        long awaitingFollowUp,
        Activation activation) {

    /** One calendar month: plans started, follow-ups recorded (graduations), calls done and missed, escalations. */
    public record Month(String month, long plansStarted, long graduated, long callsCompleted, long callsMissed,
            long escalations) {}

    /** The same counts over the whole period. */
    public record Counts(long plansStarted, long graduated, long callsCompleted, long callsMissed,
            long escalations) {}

    /**
     * Graduated people whose follow-up measure was recorded in the period. schedule-service holds the score at
     * referral (recorded with the follow-up) and the level at follow-up, but not the level at referral.
     */
    public record Activation(long people, boolean levelAtReferralHeld, String note, List<Instrument> byInstrument) {}

    public record Instrument(String instrument, long people, BigDecimal meanScoreAtReferral,
            BigDecimal meanScoreAtFollowUp, BigDecimal meanChange, Map<String, Long> levelsAtFollowUp,
            long levelNotRecorded) {}
}
