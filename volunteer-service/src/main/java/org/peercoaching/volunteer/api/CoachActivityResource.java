package org.peercoaching.volunteer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.volunteer.api.ActivityResource.ActivityView;
import org.peercoaching.volunteer.domain.ActivitySummary;
import org.peercoaching.volunteer.domain.CallActivityRepository;
import org.peercoaching.volunteer.domain.Roster;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRepository;

@jakarta.ws.rs.Path("/api/v1/volunteers/{id}/activity")
@Tag(name = "Activity")
public class CoachActivityResource {

    private final CallActivityRepository calls;
    private final VolunteerRepository volunteers;
    private final Roster roster;

    public CoachActivityResource(CallActivityRepository calls, VolunteerRepository volunteers, Roster roster) {
        this.calls = calls;
        this.volunteers = volunteers;
        this.roster = roster;
    }

    @GET
    @Operation(summary = "One coach's calls and hours between two dates (Europe/London, inclusive; default: this year)")
    public ActivityView coach(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Volunteer v = volunteers.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        LocalDate[] period = ActivityResource.period(from, to, roster.today());
        ActivitySummary s = calls.summaries(ActivityResource.start(period[0]), ActivityResource.start(period[1].plusDays(1)))
                .getOrDefault(id, ActivitySummary.none(id));
        return ActivityResource.view(v, s, period);
    }

}
