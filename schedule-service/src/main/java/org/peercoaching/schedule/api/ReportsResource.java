package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.kit.time.London;
import org.peercoaching.schedule.domain.report.ScheduleReports;

/**
 * Programme-wide counts for the coordinators' reporting page. Aggregates only (no person's or coach's
 * record is read out), so it is not written to the audit trail.
 */
@Path("/api/v1/reports/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Programme-wide counts per month (coordinators and admins; no personal data)")
public class ReportsResource {

    static final int MAX_MONTHS = 36;
    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    private static final Pattern MONTH_PATTERN = Pattern.compile(MONTH);
    static final String NOTE = "The level at referral is not held by schedule-service (only the score at referral,"
            + " recorded with the follow-up); levels are counted at follow-up only.";

    private final ScheduleReports reports;
    private final Clock clock;

    public ReportsResource(ScheduleReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Programme-wide counts per Europe/London month: plans started, graduations (follow-up"
            + " recorded), calls completed and missed (no answer or not made), escalations; people in each taper"
            + " stage now; activation at referral and follow-up per instrument. Default: the last 12 months up to"
            + " this month; at most 36 months")
    public ScheduleReportView report(
            @Parameter(description = "First month, YYYY-MM; absent or empty: 11 months before `to`",
                    example = "2026-01", allowEmptyValue = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH))
            @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM; absent or empty: this month (Europe/London)",
                    example = "2026-12", allowEmptyValue = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH))
            @QueryParam("to") String to) {
        YearMonth last = to == null || to.isBlank() ? ScheduleReports.monthOf(clock.instant()) : month("to", to);
        YearMonth first = from == null || from.isBlank() ? last.minusMonths(11) : month("from", from);
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw ProblemException.invalidField("from", "must be at most " + MAX_MONTHS + " months before to ("
                    + last + "), counting both");
        }
        ScheduleReports.Report report = reports.report(first, last);
        List<ScheduleReportView.Month> months = report.months().stream().map(m -> new ScheduleReportView.Month(
                m.month().toString(), m.plansStarted(), m.graduated(), m.callsCompleted(), m.callsMissed(),
                m.escalations())).toList();
        ScheduleReportView.Counts totals = new ScheduleReportView.Counts(
                months.stream().mapToLong(ScheduleReportView.Month::plansStarted).sum(),
                months.stream().mapToLong(ScheduleReportView.Month::graduated).sum(),
                months.stream().mapToLong(ScheduleReportView.Month::callsCompleted).sum(),
                months.stream().mapToLong(ScheduleReportView.Month::callsMissed).sum(),
                months.stream().mapToLong(ScheduleReportView.Month::escalations).sum());
        List<ScheduleReportView.Instrument> instruments = report.activation().stream().map(a -> {
            Map<String, Long> levels = new LinkedHashMap<>();
            a.levelsAtFollowUp().forEach((level, n) -> levels.put(level.toString(), n));
            return new ScheduleReportView.Instrument(a.instrument(), a.people(), a.meanScoreAtReferral(),
                    a.meanScoreAtFollowUp(), a.meanChange(), levels, a.levelNotRecorded());
        }).toList();
        ScheduleReportView.Activation activation = new ScheduleReportView.Activation(
                instruments.stream().mapToLong(ScheduleReportView.Instrument::people).sum(), false, NOTE, instruments);
        return new ScheduleReportView(first.toString(), last.toString(), London.ZONE.getId(),
                clock.instant(), months, totals, report.stagesNow(),
                report.awaitingFollowUp(), activation);
    }

    static YearMonth month(String field, String value) {
        if (!MONTH_PATTERN.matcher(value).matches()) {
            throw ProblemException.invalidField(field, "must be a month such as 2026-01 (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a month such as 2026-01 (YYYY-MM)");
        }
    }
}
