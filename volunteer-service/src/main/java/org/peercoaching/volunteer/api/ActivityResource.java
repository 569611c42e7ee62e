package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.kit.time.London;
import org.peercoaching.volunteer.domain.ActivitySummary;
import org.peercoaching.volunteer.domain.CallActivityRepository;
import org.peercoaching.volunteer.domain.Roster;
import org.peercoaching.volunteer.domain.Volunteer;

/** Volunteer hours and calls, from the calls schedule-service reported, for commissioners' reports. */
@Path("/api/v1/activity")
@Tag(name = "Activity")
public class ActivityResource {

    @Schema(requiredProperties = {"volunteerId", "firstName", "lastName", "from", "to", "callsRecorded",
            "callsCompleted", "minutes", "hours"})
    public record ActivityView(UUID volunteerId, String firstName, String lastName, LocalDate from, LocalDate to,
            long callsRecorded, long callsCompleted, long minutes, double hours) {}

    @Schema(requiredProperties = {"from", "to", "callsCompleted", "hours", "coaches"})
    public record ActivityReport(LocalDate from, LocalDate to, long callsCompleted, double hours,
            List<ActivityView> coaches) {}

    private final CallActivityRepository calls;
    private final CoachAccess access;
    private final Roster roster;

    public ActivityResource(CallActivityRepository calls, CoachAccess access, Roster roster) {
        this.calls = calls;
        this.access = access;
        this.roster = roster;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(VolunteerResource.SUBJECT)
    @Operation(summary = "The signed-in coordinator's coaches: calls and hours between two dates, with totals"
            + " (volunteer hours reporting)")
    public ActivityReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] period = period(from, to, roster.today());
        Map<UUID, ActivitySummary> all = calls.summaries(start(period[0]), start(period[1].plusDays(1)));
        List<Volunteer> own = access.ownCoaches().stream().filter(v -> all.containsKey(v.id)).toList();
        List<ActivityView> coaches = own.stream()
                .map(v -> view(v, all.get(v.id), period))
                .sorted(Comparator.comparing(ActivityView::lastName).thenComparing(ActivityView::firstName)
                        .thenComparing(ActivityView::volunteerId))
                .toList();
        List<ActivitySummary> theirs = own.stream().map(v -> all.get(v.id)).toList();
        long minutes = theirs.stream().mapToLong(ActivitySummary::minutes).sum();
        return new ActivityReport(period[0], period[1],
                theirs.stream().mapToLong(ActivitySummary::callsCompleted).sum(),
                new ActivitySummary(null, 0, 0, minutes).hours(), coaches);
    }

    static LocalDate[] period(String from, String to, LocalDate today) {
        LocalDate end = SupervisionResource.date("to", to, today);
        LocalDate start = SupervisionResource.date("from", from, LocalDate.of(end.getYear(), 1, 1));
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        return new LocalDate[] {start, end};
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(London.ZONE).toInstant();
    }

    static ActivityView view(Volunteer v, ActivitySummary s, LocalDate[] period) {
        return new ActivityView(v.id, v.firstName, v.lastName, period[0], period[1], s.callsRecorded(),
                s.callsCompleted(), s.minutes(), s.hours());
    }
}
