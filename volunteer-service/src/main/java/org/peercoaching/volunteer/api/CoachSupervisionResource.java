package org.peercoaching.volunteer.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.volunteer.api.SupervisionResource.SessionView;
import org.peercoaching.volunteer.domain.SupervisionRepository;
import org.peercoaching.volunteer.domain.VolunteerRepository;

@Path("/api/v1/volunteers/{id}/supervision-sessions")
@Tag(name = "Supervision")
public class CoachSupervisionResource {

    private final SupervisionRepository sessions;
    private final VolunteerRepository volunteers;

    public CoachSupervisionResource(SupervisionRepository sessions, VolunteerRepository volunteers) {
        this.sessions = sessions;
        this.volunteers = volunteers;
    }

    @GET
    @Operation(summary = "The supervision sessions a coach attended, newest first")
    public List<SessionView> attended(@PathParam("id") UUID id) {
        if (volunteers.findById(id) == null) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        return sessions.attendedBy(id).stream().map(SessionView::of).toList();
    }

}
