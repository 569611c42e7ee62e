package org.peercoaching.matching.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Programme-wide matching figures: counts, medians and means only, never anyone's record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchingReportView(
        /* the first and last calendar month covered, YYYY-MM, Europe/London */
        @Schema(required = true, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", example = "2026-01") String from,
        @Schema(required = true, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", example = "2026-12") String to,
        @Schema(required = true, example = "Europe/London") String timeZone,
        @Schema(required = true) Instant generatedAt,
        @Schema(required = true) List<Month> months,
        @Schema(required = true) Totals totals,
        /* deciles 1..10: people first matched in the period and how long it took; people waiting now */
        @Schema(required = true) List<DecileWait> waitingByDecile,
        /* the people counted in waitingByDecile (matched in the period, waiting now), by where their decile came
           from: IMD2025 or IMD2019 (looked up from their LSOA) or GIVEN_BY_PATHWAY; only editions with people */
        @Schema(required = true) Map<String, Long> decileEditions,
        /* referrals received in the period, by activation level at referral */
        @Schema(required = true) Activation activationAtReferral,
        /* now: waiting, proposed, and confirmed matches by taper stage */
        @Schema(required = true) StagesNow stagesNow) {

    /** In {@code decileEditions}: deciles the pathway sent without an LSOA code (edition not stated). */
    public static final String GIVEN_BY_PATHWAY = "GIVEN_BY_PATHWAY";

    /**
     * One calendar month: referrals received (referred) and of those the eligible ones; people whose first
     * confirmed match was made (matched); graduations; withdrawals.
     */
    @Schema(name = "MatchingReportMonth")
    public record Month(
            @Schema(required = true, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", example = "2026-01") String month,
            @Schema(required = true) long referred, @Schema(required = true) long eligible,
            @Schema(required = true) long matched, @Schema(required = true) long graduated,
            @Schema(required = true) long withdrawn) {}

    @Schema(name = "MatchingReportTotals")
    public record Totals(@Schema(required = true) long referred, @Schema(required = true) long eligible,
            @Schema(required = true) long matched, @Schema(required = true) long graduated,
            @Schema(required = true) long withdrawn) {}

    /** Days are whole days; the median and mean are left out when there is nobody to take them of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecileWait(@Schema(required = true) int imdDecile, @Schema(required = true) long matched,
            Double medianDaysToMatch, Double meanDaysToMatch, @Schema(required = true) long waitingNow,
            Double medianDaysWaitingNow) {}

    /** Levels 1-4 as the pathway sent them (PAM-13); withoutLevel for instruments without levels (SEMCD-6). */
    public record Activation(@Schema(required = true) long level1, @Schema(required = true) long level2,
            @Schema(required = true) long level3, @Schema(required = true) long level4,
            @Schema(required = true) long withoutLevel) {}

    /**
     * waiting: WAITING (or RECEIVED) now; proposed: proposals a coordinator has yet to confirm; matchedNotStarted:
     * confirmed, call plan not started; byStage: confirmed, by taper stage (every stage of the taper listed).
     */
    public record StagesNow(@Schema(required = true) long waiting, @Schema(required = true) long proposed,
            @Schema(required = true) long matchedNotStarted, @Schema(required = true) Map<String, Long> byStage) {}
}
