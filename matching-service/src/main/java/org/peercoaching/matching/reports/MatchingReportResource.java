package org.peercoaching.matching.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;

@Path("/api/v1/reports/matching")
@Tag(name = "Reports", description = "For coordinators and admins: programme-wide figures, no one's record")
@Produces(MediaType.APPLICATION_JSON)
public class MatchingReportResource {

    /** A month as YYYY-MM; the document declares the same pattern. */
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final Pattern MONTH = Pattern.compile(MONTH_PATTERN);
    static final String MONTH_FORMAT = "must be a month as YYYY-MM, for example 2026-01";

    private final MatchingReport report;

    public MatchingReportResource(MatchingReport report) {
        this.report = report;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Matching by calendar month (Europe/London): referred, eligible, first matched, graduated,"
            + " withdrawn; waiting times by IMD decile; activation at referral; people by taper stage now",
            description = "Programme-wide counts, no personal data. Without from and to: the last 12 months up to"
                    + " this month. At most " + MatchingReport.MAX_MONTHS + " months.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "from or to is not a month (YYYY-MM), from is after to, or the"
            + " period is longer than 36 months (each bad field named)")
    public MatchingReportView matching(
            @Parameter(description = "first month, YYYY-MM (default: 11 months before to)", example = "2026-01",
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN))
            @QueryParam("from") String from,
            @Parameter(description = "last month, YYYY-MM (default: this month)", example = "2026-12",
                    schema = @Schema(type = SchemaType.STRING, pattern = MONTH_PATTERN))
            @QueryParam("to") String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        YearMonth first = month("from", from, errors);
        YearMonth last = month("to", to, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (last == null) {
            last = report.thisMonth();
        }
        if (first == null) {
            first = last.minusMonths(11);
        }
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.MONTHS.between(first, last) + 1 > MatchingReport.MAX_MONTHS) {
            throw ProblemException.invalidField("to", "must be at most " + MatchingReport.MAX_MONTHS
                    + " months from from (" + first + "), so " + first.plusMonths(MatchingReport.MAX_MONTHS - 1)
                    + " at the latest");
        }
        return report.run(first, last);
    }

    private static YearMonth month(String field, String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (!MONTH.matcher(value).matches()) {
            errors.add(new Problem.FieldError(field, MONTH_FORMAT));
            return null;
        }
        return YearMonth.parse(value);
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, ProblemTypes.INVALID_FIELDS, "Your request has invalid fields",
                errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.", errors);
    }
}
