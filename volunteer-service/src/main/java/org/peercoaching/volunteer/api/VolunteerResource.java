package org.peercoaching.volunteer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRegistration;
import org.peercoaching.volunteer.domain.VolunteerRepository;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers")
public class VolunteerResource {

    private final VolunteerRegistration registration;
    private final VolunteerRepository volunteers;

    public VolunteerResource(VolunteerRegistration registration, VolunteerRepository volunteers) {
        this.registration = registration;
        this.volunteers = volunteers;
    }

    @POST
    @Operation(summary = "Register a volunteer coach")
    public Response register(@NotNull @Valid RegisterVolunteerBody body, UriInfo uri) {
        Volunteer volunteer = registration.register(body.toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .entity(VolunteerView.of(volunteer))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One volunteer coach")
    public VolunteerView get(@PathParam("id") UUID id) {
        Volunteer volunteer = volunteers.findById(id);
        if (volunteer == null) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        return VolunteerView.of(volunteer);
    }

    @GET
    @Operation(summary = "All volunteer coaches, newest first")
    public List<VolunteerView> list() {
        return volunteers.find("order by registeredAt desc").list().stream().map(VolunteerView::of).toList();
    }
}
