package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.AuditTrail;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.domain.Supervision;
import org.peercoaching.volunteer.domain.SupervisionMode;
import org.peercoaching.volunteer.domain.SupervisionRepository;
import org.peercoaching.volunteer.domain.SupervisionSession;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRepository;

@Path("/api/v1/supervision-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision")
public class SupervisionResource {

    @Schema(description = "A supervision session and who attended it")
    public record SessionBody(
            @NotNull @Schema(description = "ONE_TO_ONE or GROUP") SupervisionMode kind,
            @NotNull @PastOrPresent @Schema(example = "2026-11-20") LocalDate heldOn,
            @NotBlank @Size(max = 100) @Schema(example = "j.okafor") String facilitator,
            @NotEmpty @Size(max = 100) List<@NotNull UUID> attendees) {}

    /** A session as one coordinator sees it: of its attendees, only their own coaches are listed. */
    @Schema(requiredProperties = {"id", "kind", "heldOn", "facilitator", "attendees"})
    public record SessionView(UUID id, String kind, LocalDate heldOn, String facilitator, List<UUID> attendees) {
        static SessionView of(SupervisionSession s, Set<UUID> own) {
            return new SessionView(s.id, s.kind.name(), s.heldOn, s.facilitator,
                    s.attendees.stream().filter(own::contains).sorted().toList());
        }
    }

    static final String SUBJECT = "supervision-session";

    private final Supervision supervision;
    private final SupervisionRepository sessions;
    private final VolunteerRepository volunteers;
    private final CoachAccess access;
    private final AuditTrail audit;

    public SupervisionResource(Supervision supervision, SupervisionRepository sessions, VolunteerRepository volunteers,
            CoachAccess access, AuditTrail audit) {
        this.supervision = supervision;
        this.sessions = sessions;
        this.volunteers = volunteers;
        this.access = access;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Record a supervision session of the coordinator's own coaches with their attendance"
            + " (404 naming any attendee who is not one of them; 422 naming any who cannot attend)")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the session",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "An attendee is not one of your coaches; each is named in errors")
    @APIResponse(responseCode = "422", description = "An attendee cannot attend (has left; a one-to-one session with"
            + " other than one coach); each is named in errors")
    public Response record(@NotNull @Valid SessionBody body, UriInfo uri) {
        List<UUID> attendees = body.attendees().stream().distinct().toList();
        requireOwn(body.attendees());
        SupervisionSession session = supervision.record(body.kind(), body.heldOn(), body.facilitator(), attendees);
        audit.record(SUBJECT, session.id.toString(), "allowed");
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(session, access.ownCoachIds())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "One supervision session, if one of the coordinator's coaches attended it")
    public SessionView get(@PathParam("id") UUID id) {
        SupervisionSession session = sessions.findById(id);
        Set<UUID> own = access.ownCoachIds();
        if (session == null || session.attendees.stream().noneMatch(own::contains)) {
            throw ProblemException.notFound("Supervision session " + id);
        }
        return SessionView.of(session, own);
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(SUBJECT)
    @Operation(summary = "Supervision sessions the coordinator's coaches attended between two dates"
            + " (default: the last 90 days), newest first")
    public List<SessionView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = date("to", to, LocalDate.now());
        LocalDate start = date("from", from, end.minusDays(90));
        Set<UUID> own = access.ownCoachIds();
        return sessions.heldBetween(start, end).stream()
                .filter(s -> s.attendees.stream().anyMatch(own::contains))
                .map(s -> SessionView.of(s, own)).toList();
    }

    /**
     * Every attendee must be one of the caller's own coaches; any other id (someone else's coach, or no
     * coach at all) is a 404 naming where it is in the list, and nothing is recorded.
     */
    private void requireOwn(List<UUID> attendees) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            Volunteer v = volunteers.findById(attendees.get(i));
            if (v == null || !access.mayReach(v)) {
                errors.add(new Problem.FieldError("attendees[" + i + "]", "is not one of your coaches"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found",
                    "The session was not recorded: " + errors.size() + (errors.size() == 1 ? " attendee was" : " attendees were")
                            + " not found among your coaches.", errors);
        }
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
