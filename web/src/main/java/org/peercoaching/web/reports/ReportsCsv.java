package org.peercoaching.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peercoaching.web.reports.ReportsResource.Reports;

/**
 * The reports as one CSV in long form (section, period or group, measure, value): one row per number, which a
 * spreadsheet pivot table or a commissioner's own tools read directly.
 */
final class ReportsCsv {

    private ReportsCsv() {}

    static String write(Reports r) {
        List<String> lines = new ArrayList<>();
        lines.add("section,group,measure,value");
        if (r.matching() != null) {
            for (ReportViews.MatchingMonth m : r.matching().months()) {
                add(lines, "people by month", m.month(), "referred", m.referred());
                add(lines, "people by month", m.month(), "eligible", m.eligible());
                add(lines, "people by month", m.month(), "matched", m.matched());
                add(lines, "people by month", m.month(), "graduated", m.graduated());
                add(lines, "people by month", m.month(), "withdrawn", m.withdrawn());
            }
            for (ReportViews.DecileWait d : r.matching().waitingByDecile()) {
                String decile = "IMD decile " + d.imdDecile();
                add(lines, "waiting by IMD decile", decile, "matched in period", d.matched());
                add(lines, "waiting by IMD decile", decile, "median days to match", d.medianDaysToMatch());
                add(lines, "waiting by IMD decile", decile, "mean days to match", d.meanDaysToMatch());
                add(lines, "waiting by IMD decile", decile, "waiting now", d.waitingNow());
                add(lines, "waiting by IMD decile", decile, "median days waiting now", d.medianDaysWaitingNow());
            }
            ReportViews.StagesNow s = r.matching().stagesNow();
            add(lines, "people now", "all", "waiting", s.waiting());
            add(lines, "people now", "all", "proposed", s.proposed());
            add(lines, "people now", "all", "matched, not started", s.matchedNotStarted());
            s.byStage().forEach((stage, n) -> add(lines, "people now", "all", "in " + stage.toLowerCase() + " stage", n));
            ReportViews.Activation a = r.matching().activationAtReferral();
            add(lines, "activation at referral", "referred in period", "level 1", a.level1());
            add(lines, "activation at referral", "referred in period", "level 2", a.level2());
            add(lines, "activation at referral", "referred in period", "level 3", a.level3());
            add(lines, "activation at referral", "referred in period", "level 4", a.level4());
            add(lines, "activation at referral", "referred in period", "no level", a.withoutLevel());
        }
        if (r.schedule() != null) {
            for (ReportViews.ScheduleMonth m : r.schedule().months()) {
                add(lines, "calls by month", m.month(), "plans started", m.plansStarted());
                add(lines, "calls by month", m.month(), "calls completed", m.callsCompleted());
                add(lines, "calls by month", m.month(), "calls missed", m.callsMissed());
                add(lines, "calls by month", m.month(), "escalations", m.escalations());
                add(lines, "calls by month", m.month(), "follow-ups recorded (graduated)", m.graduated());
            }
            for (ReportViews.Instrument i : r.schedule().activation().byInstrument()) {
                add(lines, "activation before and after", i.instrument(), "people", i.people());
                add(lines, "activation before and after", i.instrument(), "mean score at referral", i.meanScoreAtReferral());
                add(lines, "activation before and after", i.instrument(), "mean score at follow-up", i.meanScoreAtFollowUp());
                add(lines, "activation before and after", i.instrument(), "mean change", i.meanChange());
                for (Map.Entry<String, Long> level : i.levelsAtFollowUp().entrySet()) {
                    add(lines, "activation before and after", i.instrument(), "level " + level.getKey() + " at follow-up",
                            level.getValue());
                }
            }
        }
        if (r.activity() != null) {
            add(lines, "volunteer hours", r.activity().from() + " to " + r.activity().to(), "calls completed",
                    r.activity().callsCompleted());
            add(lines, "volunteer hours", r.activity().from() + " to " + r.activity().to(), "hours", r.activity().hours());
        }
        for (String problem : r.problems()) {
            lines.add("not available,," + quote(problem) + ",");
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static void add(List<String> lines, String section, String group, String measure, Object value) {
        lines.add(quote(section) + "," + quote(group) + "," + quote(measure) + "," + (value == null ? "" : value));
    }

    /** Quoted as RFC 4180 asks, and never read as a formula by a spreadsheet. */
    static String quote(String s) {
        String text = s == null ? "" : s;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
