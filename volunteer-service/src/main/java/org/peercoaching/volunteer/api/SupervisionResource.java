package org.peercoaching.volunteer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.volunteer.domain.Supervision;
import org.peercoaching.volunteer.domain.SupervisionMode;
import org.peercoaching.volunteer.domain.SupervisionRepository;
import org.peercoaching.volunteer.domain.SupervisionSession;
import org.peercoaching.volunteer.domain.VolunteerRepository;

@Path("/api/v1/supervision-sessions")
@Tag(name = "Supervision")
public class SupervisionResource {

    @Schema(description = "A supervision session and who attended it")
    public record SessionBody(
            @NotNull @Schema(description = "ONE_TO_ONE or GROUP") SupervisionMode kind,
            @NotNull @PastOrPresent @Schema(example = "2026-11-20") LocalDate heldOn,
            @NotBlank @Size(max = 100) @Schema(example = "j.okafor") String facilitator,
            @NotEmpty @Size(max = 100) List<@NotNull UUID> attendees) {}

    public record SessionView(UUID id, String kind, LocalDate heldOn, String facilitator, List<UUID> attendees) {
        static SessionView of(SupervisionSession s) {
            return new SessionView(s.id, s.kind.name(), s.heldOn, s.facilitator, s.attendees.stream().sorted().toList());
        }
    }

    private final Supervision supervision;
    private final SupervisionRepository sessions;
    private final VolunteerRepository volunteers;

    public SupervisionResource(Supervision supervision, SupervisionRepository sessions, VolunteerRepository volunteers) {
        this.supervision = supervision;
        this.sessions = sessions;
        this.volunteers = volunteers;
    }

    @POST
    @Operation(summary = "Record a supervision session with its attendance (422 naming any attendee who cannot attend)")
    public Response record(@NotNull @Valid SessionBody body, UriInfo uri) {
        SupervisionSession session = supervision.record(body.kind(), body.heldOn(), body.facilitator(),
                body.attendees().stream().distinct().toList());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(session)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One supervision session")
    public SessionView get(@PathParam("id") UUID id) {
        SupervisionSession session = sessions.findById(id);
        if (session == null) {
            throw ProblemException.notFound("Supervision session " + id);
        }
        return SessionView.of(session);
    }

    @GET
    @Operation(summary = "Supervision sessions held between two dates (default: the last 90 days), newest first")
    public List<SessionView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = date("to", to, LocalDate.now());
        LocalDate start = date("from", from, end.minusDays(90));
        return sessions.heldBetween(start, end).stream().map(SessionView::of).toList();
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date such as 2026-11-23");
        }
    }
}
