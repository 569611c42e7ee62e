package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.api.SupervisionResource.SessionView;
import org.peercoaching.volunteer.domain.SupervisionRepository;

@Path("/api/v1/volunteers/{id}/supervision-sessions")
@Tag(name = "Supervision")
public class CoachSupervisionResource {

    private final SupervisionRepository sessions;
    private final CoachAccess access;

    public CoachSupervisionResource(SupervisionRepository sessions, CoachAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = VolunteerResource.SUBJECT, idParam = "id")
    @Operation(summary = "The supervision sessions one of the coordinator's coaches attended, newest first")
    public List<SessionView> attended(@PathParam("id") UUID id) {
        access.coach(id);
        Set<UUID> own = access.ownCoachIds();
        return sessions.attendedBy(id).stream().map(s -> SessionView.of(s, own)).toList();
    }

}
