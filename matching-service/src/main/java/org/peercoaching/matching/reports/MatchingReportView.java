package org.peercoaching.matching.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Programme-wide matching figures: counts, medians and means only, never anyone's record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchingReportView(
        /* the first and last calendar month covered, YYYY-MM, Europe/London */
        String from,
        String to,
        String timeZone,
        Instant generatedAt,
        List<Month> months,
        Totals totals,
        /* deciles 1..10: people first matched in the period and how long it took; people waiting now */
        List<DecileWait> waitingByDecile,
        /* the people counted in waitingByDecile (matched in the period, waiting now), by where their decile came
           from: IMD2025 or IMD2019 (looked up from their LSOA) or GIVEN_BY_PATHWAY; only editions with people */
        Map<String, Long> decileEditions,
        /* referrals received in the period, by activation level at referral */
        Activation activationAtReferral,
        /* now: waiting, proposed, and confirmed matches by taper stage */
        StagesNow stagesNow) {

    /** In {@code decileEditions}: deciles the pathway sent without an LSOA code (edition not stated). */
    public static final String GIVEN_BY_PATHWAY = "GIVEN_BY_PATHWAY";

    /**
     * One calendar month: referrals received (referred) and of those the eligible ones; people whose first
     * confirmed match was made (matched); graduations; withdrawals.
     */
    @Schema(name = "MatchingReportMonth")
    public record Month(String month, long referred, long eligible, long matched, long graduated, long withdrawn) {}

    @Schema(name = "MatchingReportTotals")
    public record Totals(long referred, long eligible, long matched, long graduated, long withdrawn) {}

    /** Days are whole days; the median and mean are left out when there is nobody to take them of. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecileWait(int imdDecile, long matched, Double medianDaysToMatch, Double meanDaysToMatch,
            long waitingNow, Double medianDaysWaitingNow) {}

    /** Levels 1-4 as the pathway sent them (PAM-13); withoutLevel for instruments without levels (SEMCD-6). */
    public record Activation(long level1, long level2, long level3, long level4, long withoutLevel) {}

    /**
     * waiting: WAITING (or RECEIVED) now; proposed: proposals a coordinator has yet to confirm; matchedNotStarted:
     * confirmed, call plan not started; byStage: confirmed, by taper stage (every stage of the taper listed).
     */
    public record StagesNow(long waiting, long proposed, long matchedNotStarted, Map<String, Long> byStage) {}
}
