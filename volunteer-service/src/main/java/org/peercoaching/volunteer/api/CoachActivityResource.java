package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.api.ActivityResource.ActivityView;
import org.peercoaching.volunteer.domain.ActivitySummary;
import org.peercoaching.volunteer.domain.CallActivityRepository;
import org.peercoaching.volunteer.domain.Roster;
import org.peercoaching.volunteer.domain.Volunteer;

@jakarta.ws.rs.Path("/api/v1/volunteers/{id}/activity")
@Tag(name = "Activity")
public class CoachActivityResource {

    private final CallActivityRepository calls;
    private final CoachAccess access;
    private final Roster roster;

    public CoachActivityResource(CallActivityRepository calls, CoachAccess access, Roster roster) {
        this.calls = calls;
        this.access = access;
        this.roster = roster;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = VolunteerResource.SUBJECT, idParam = "id")
    @Operation(summary = "One of the coordinator's coaches: calls and hours between two dates (Europe/London, inclusive; default: this year)")
    public ActivityView coach(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Volunteer v = access.coach(id);
        LocalDate[] period = ActivityResource.period(from, to, roster.today());
        ActivitySummary s = calls.summaries(ActivityResource.start(period[0]), ActivityResource.start(period[1].plusDays(1)))
                .getOrDefault(id, ActivitySummary.none(id));
        return ActivityResource.view(v, s, period);
    }

}
