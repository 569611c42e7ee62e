package org.peercoaching.web.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.PagesClock;
import org.peercoaching.web.pages.Words;
import org.peercoaching.web.reports.ReportViews.ActivityReport;
import org.peercoaching.web.reports.ReportViews.DecileWait;
import org.peercoaching.web.reports.ReportViews.MatchingReport;
import org.peercoaching.web.reports.ReportViews.ScheduleReport;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/**
 * Programme reports for coordinators and commissioners: referrals, matches and graduations by month, waiting time
 * by IMD decile, stages now, activation before and after, calls completed and missed, volunteer hours; as charts
 * with their tables, and as one CSV.
 */
@Path("/coordinator")
public class ReportsResource {

    static final String BLUE = "#005eb8";
    static final String GREEN = "#007f3b";
    static final String PURPLE = "#330072";
    static final String RED = "#d5281b";
    /** NHS dark pink: 8.9:1 against white (NHS orange #ed8b00 is 2.5:1, under WCAG 1.4.11's 3:1 for graphics). */
    static final String DARK_PINK = "#7c2855";
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /** Everything on the page, loaded for one period; a service that did not answer leaves its part empty. */
    public record Reports(YearMonth from, YearMonth to, MatchingReport matching, ScheduleReport schedule,
            ActivityReport activity, List<String> problems) {}

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reports(String from, String to, FormErrors errors, Reports reports,
                List<BarChart> charts, BarChart waiting, List<DecileWait> deciles);
    }

    private final Viewer viewer;
    private final ServiceApi api;

    public ReportsResource(Viewer viewer, ServiceApi api) {
        this.viewer = viewer;
        this.api = api;
    }

    @GET
    @Path("/reports")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        viewer.require(Viewer.COORDINATOR);
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.reports(from == null ? "" : from, to == null ? "" : to,
                    FormErrors.of(errors), null, List.of(), null, List.of())).build();
        }
        Reports reports = load(period.start(), period.end());
        return Response.ok(Templates.reports(period.start().toString(), period.end().toString(), FormErrors.NONE,
                reports, charts(reports), waitingChart(reports), deciles(reports))).build();
    }

    @GET
    @Path("/reports.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        viewer.require(Viewer.COORDINATOR);
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).type("text/plain").entity(String.join(". ", errors.values()) + ".").build();
        }
        String body = ReportsCsv.write(load(period.start(), period.end()));
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"peer-coaching-report-" + period.start() + "-to-" + period.end() + ".csv\"")
                .build();
    }

    record Period(YearMonth start, YearMonth end) {}

    /** The months asked for (default: the last 12 up to this month), or what is wrong with them, by field. */
    private static Period period(String from, String to, Map<String, String> errors) {
        YearMonth end = month(to, "to", PagesClock.thisMonth(), errors);
        YearMonth start = month(from, "from", end.minusMonths(11), errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.put("from", "The start month must be the same as or before the end month");
        }
        if (errors.isEmpty() && start.plusMonths(35).isBefore(end)) {
            errors.put("from", "Choose a period of 36 months or less");
        }
        return new Period(start, end);
    }

    private Reports load(YearMonth start, YearMonth end) {
        String period = "?from=" + start + "&to=" + end;
        List<String> problems = new ArrayList<>();
        MatchingReport matching = attempt(() -> api.get(Service.MATCHING, "/api/v1/reports/matching" + period,
                MatchingReport.class), problems);
        ScheduleReport schedule = attempt(() -> api.get(Service.SCHEDULE, "/api/v1/reports/schedule" + period,
                ScheduleReport.class), problems);
        LocalDate last = end.atEndOfMonth();
        ActivityReport activity = attempt(() -> api.get(Service.VOLUNTEER, "/api/v1/activity?from="
                + start.atDay(1) + "&to=" + last, ActivityReport.class), problems);
        return new Reports(start, end, matching, schedule, activity, problems);
    }

    private static <T> T attempt(java.util.function.Supplier<T> load, List<String> problems) {
        try {
            return load.get();
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            problems.add(e.summary());
            return null;
        }
    }

    static List<BarChart> charts(Reports r) {
        List<BarChart> charts = new ArrayList<>();
        if (r.matching() != null) {
            List<String> months = r.matching().months().stream().map(m -> label(m.month())).toList();
            charts.add(new BarChart("People referred, matched and graduated each month", months, List.of(
                    new BarChart.Series("Referred", BLUE, r.matching().months().stream().map(m -> (double) m.referred()).toList()),
                    new BarChart.Series("Matched", GREEN, r.matching().months().stream().map(m -> (double) m.matched()).toList()),
                    new BarChart.Series("Graduated", PURPLE, r.matching().months().stream().map(m -> (double) m.graduated()).toList()))));
            Map<String, Long> stages = new LinkedHashMap<>();
            stages.put("Waiting", r.matching().stagesNow().waiting());
            stages.put("Proposed", r.matching().stagesNow().proposed());
            stages.put("Matched, not started", r.matching().stagesNow().matchedNotStarted());
            r.matching().stagesNow().byStage().forEach((stage, n) -> stages.put(Words.plain(stage), n));
            charts.add(new BarChart("People in each stage now", List.copyOf(stages.keySet()), List.of(
                    new BarChart.Series("People", BLUE, stages.values().stream().map(Long::doubleValue).toList()))));
            ReportViews.Activation a = r.matching().activationAtReferral();
            charts.add(new BarChart("Activation level at referral (PAM-13) of people referred", List.of("Level 1",
                    "Level 2", "Level 3", "Level 4", "No level"), List.of(new BarChart.Series("People", DARK_PINK,
                    List.of((double) a.level1(), (double) a.level2(), (double) a.level3(), (double) a.level4(),
                            (double) a.withoutLevel())))));
        }
        if (r.schedule() != null) {
            List<String> months = r.schedule().months().stream().map(m -> label(m.month())).toList();
            charts.add(new BarChart("Calls completed and missed each month", months, List.of(
                    new BarChart.Series("Completed", GREEN, r.schedule().months().stream().map(m -> (double) m.callsCompleted()).toList()),
                    new BarChart.Series("Missed", RED, r.schedule().months().stream().map(m -> (double) m.callsMissed()).toList()))));
            List<ReportViews.Instrument> instruments = r.schedule().activation().byInstrument();
            if (!instruments.isEmpty()) {
                charts.add(new BarChart("Activation score before and after coaching (mean)",
                        instruments.stream().map(ReportViews.Instrument::instrument).toList(), List.of(
                        new BarChart.Series("At referral", DARK_PINK, instruments.stream().map(i -> value(i.meanScoreAtReferral())).toList()),
                        new BarChart.Series("At follow-up", GREEN, instruments.stream().map(i -> value(i.meanScoreAtFollowUp())).toList()))));
            }
        }
        return charts;
    }

    static BarChart waitingChart(Reports r) {
        if (r.matching() == null) {
            return null;
        }
        List<DecileWait> d = r.matching().waitingByDecile();
        return new BarChart("Median days from referral to match, by IMD decile (1 = most deprived)",
                d.stream().map(w -> "Decile " + w.imdDecile()).toList(), List.of(
                new BarChart.Series("Matched in the period", BLUE, d.stream().map(w -> w.medianDaysToMatch()).toList()),
                new BarChart.Series("Still waiting now", RED, d.stream().map(w -> w.medianDaysWaitingNow()).toList())));
    }

    static List<DecileWait> deciles(Reports r) {
        return r.matching() == null ? List.of() : r.matching().waitingByDecile();
    }

    private static Double value(java.math.BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    static String label(String month) {
        return MONTH_LABEL.format(YearMonth.parse(month));
    }

    private static YearMonth month(String text, String field, YearMonth otherwise, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a month like 2026-01");
            return otherwise;
        }
    }

}
