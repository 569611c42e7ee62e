package org.peercoaching.web.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The report JSON of the three services (only the fields the reports page shows). */
public final class ReportViews {

    private ReportViews() {}

    public record MatchingReport(String from, String to, List<MatchingMonth> months, List<DecileWait> waitingByDecile,
            Activation activationAtReferral, StagesNow stagesNow) {}

    public record MatchingMonth(String month, long referred, long eligible, long matched, long graduated,
            long withdrawn) {}

    public record DecileWait(int imdDecile, long matched, Double medianDaysToMatch, Double meanDaysToMatch,
            long waitingNow, Double medianDaysWaitingNow) {}

    public record Activation(long level1, long level2, long level3, long level4, long withoutLevel) {}

    public record StagesNow(long waiting, long proposed, long matchedNotStarted, Map<String, Long> byStage) {}

    public record ScheduleReport(String from, String to, List<ScheduleMonth> months, Map<String, Long> stagesNow,
            long awaitingFollowUp, ScheduleActivation activation) {}

    public record ScheduleMonth(String month, long plansStarted, long graduated, long callsCompleted, long callsMissed,
            long escalations) {}

    public record ScheduleActivation(long people, boolean levelAtReferralHeld, String note,
            List<Instrument> byInstrument) {}

    public record Instrument(String instrument, long people, BigDecimal meanScoreAtReferral,
            BigDecimal meanScoreAtFollowUp, BigDecimal meanChange, Map<String, Long> levelsAtFollowUp,
            long levelNotRecorded) {}

    public record CoachActivity(UUID volunteerId, String firstName, String lastName, long callsRecorded,
            long callsCompleted, long minutes, double hours) {}

    public record ActivityReport(LocalDate from, LocalDate to, long callsCompleted, double hours,
            List<CoachActivity> coaches) {}
}
