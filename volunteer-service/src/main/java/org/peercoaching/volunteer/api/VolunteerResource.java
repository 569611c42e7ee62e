package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.AuditTrail;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.api.OnboardingBodies.DbsBody;
import org.peercoaching.volunteer.api.OnboardingBodies.LeaveBody;
import org.peercoaching.volunteer.api.OnboardingBodies.ModulesCompletedBody;
import org.peercoaching.volunteer.api.OnboardingBodies.PauseBody;
import org.peercoaching.volunteer.api.OnboardingBodies.PracticeSessionBody;
import org.peercoaching.volunteer.domain.PracticeSessionRepository;
import org.peercoaching.volunteer.domain.Roster;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerLifecycle;
import org.peercoaching.volunteer.domain.VolunteerRegistration;

/**
 * Coaches and their onboarding. A coordinator reaches only the coaches they look after (anyone else's is
 * a 404); a volunteer may read their own record; an admin may only give a coach to another coordinator.
 */
@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerResource {

    static final String SUBJECT = "volunteer";

    @Schema(description = "The coordinator who is to look after the coach")
    public record CoordinatorBody(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9._@-]{1,100}$",
                    message = "must be the coordinator's sign-in id: 1 to 100 letters, digits or . _ @ -")
                    @Schema(example = "coord-a") String coordinatorId) {}

    @Schema(description = "Who looks after a coach now", requiredProperties = {"volunteerId", "coordinatorId"})
    public record CoordinatorView(UUID volunteerId, String coordinatorId) {}

    private final VolunteerRegistration registration;
    private final VolunteerLifecycle lifecycle;
    private final PracticeSessionRepository practiceSessions;
    private final Roster roster;
    private final CoachAccess access;
    private final AuditTrail audit;

    public VolunteerResource(VolunteerRegistration registration, VolunteerLifecycle lifecycle,
            PracticeSessionRepository practiceSessions, Roster roster, CoachAccess access, AuditTrail audit) {
        this.roster = roster;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.practiceSessions = practiceSessions;
        this.access = access;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Register a volunteer coach (as an applicant), looked after by the coordinator who registers them")
    @APIResponse(responseCode = "201", description = "Registered, as an applicant; Location names the coach",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    public Response register(@NotNull @Valid VolunteerProfileBody body, UriInfo uri) {
        Volunteer volunteer = registration.register(body.toDomain(), access.callerId());
        audit.record(SUBJECT, volunteer.id.toString(), "allowed");
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .entity(view(volunteer))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.VOLUNTEER})
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "One volunteer coach with their onboarding records (a coordinator's own coach, or a volunteer's own record)")
    public VolunteerView get(@PathParam("id") UUID id) {
        return view(access.coach(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Replace a coach's profile; publishes volunteer.updated.v1 when what matching sees changes")
    public VolunteerView update(@PathParam("id") UUID id, @RequestBody(required = true) VolunteerProfileBody body) {
        access.coach(id);
        return view(registration.update(id, access.valid(body).toDomain()));
    }

    @PUT
    @Path("/{id}/coordinator")
    @RolesAllowed(Roles.ADMIN)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Give a coach to another coordinator (admins only); publishes volunteer.updated.v1")
    public CoordinatorView reassign(@PathParam("id") UUID id, @NotNull @Valid CoordinatorBody body) {
        Volunteer volunteer = registration.reassign(id, body.coordinatorId());
        return new CoordinatorView(volunteer.id, volunteer.coordinatorId);
    }

    @POST
    @Path("/{id}/training/modules-completed")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Record that the self-paced training modules are complete")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409",
            description = "The coach has left the programme; their records can no longer be changed")
    public VolunteerView modulesCompleted(@PathParam("id") UUID id,
            @RequestBody(required = true) ModulesCompletedBody body) {
        access.coach(id);
        return view(lifecycle.recordTrainingModulesCompleted(id, access.valid(body).completedOn()));
    }

    @POST
    @Path("/{id}/training/practice-sessions")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Record a live practice session the coach took part in")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the coach with their practice sessions",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409",
            description = "The coach has left the programme; their records can no longer be changed")
    public Response practiceSession(@PathParam("id") UUID id, @RequestBody(required = true) PracticeSessionBody body) {
        access.coach(id);
        PracticeSessionBody valid = access.valid(body);
        lifecycle.recordPracticeSession(id, valid.heldOn(), valid.facilitator());
        return Response.status(201).entity(view(access.coach(id))).build();
    }

    @PUT
    @Path("/{id}/dbs")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Record the coach's DBS check (issue date, renewal date)")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409",
            description = "The coach has left the programme; their records can no longer be changed")
    public VolunteerView dbs(@PathParam("id") UUID id, @RequestBody(required = true) DbsBody body) {
        access.coach(id);
        DbsBody valid = access.valid(body);
        return view(lifecycle.recordDbsCheck(id, valid.issuedOn(), valid.renewalDue(), valid.certificateNumber()));
    }

    @POST
    @Path("/{id}/start-training")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Applicant -> in training")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView startTraining(@PathParam("id") UUID id) {
        access.coach(id);
        return view(lifecycle.startTraining(id));
    }

    @POST
    @Path("/{id}/complete-training")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "In training -> ready: needs the modules complete and at least one live practice session")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView completeTraining(@PathParam("id") UUID id) {
        access.coach(id);
        return view(lifecycle.completeTraining(id));
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Ready -> active: needs training complete and an in-date DBS check; publishes volunteer.activated.v1")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView activate(@PathParam("id") UUID id) {
        access.coach(id);
        return view(lifecycle.activate(id));
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Active -> paused, with a reason and an expected return date; publishes volunteer.paused.v1",
            description = "kind SHORT (up to 6 weeks, until required): the coach keeps their people and schedule-service"
                    + " moves or skips their calls in the pause. kind LONG (the default): their people are re-matched.")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (for a SHORT pause: until missing or more"
            + " than 6 weeks away); each is named in errors",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = org.peercoaching.kit.problem.Problem.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView pause(@PathParam("id") UUID id, @RequestBody(required = true) PauseBody body) {
        access.coach(id);
        PauseBody valid = access.valid(body);
        return view(lifecycle.pause(id, valid.reason(), valid.until(), valid.pauseKind()));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Paused -> active: needs an in-date DBS check; publishes volunteer.resumed.v1")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView resume(@PathParam("id") UUID id) {
        access.coach(id);
        return view(lifecycle.resume(id));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "The coach leaves the programme; publishes volunteer.left.v1")
    @APIResponse(responseCode = "200", description = "The coach as they are now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "422",
            description = "The coach does not meet what this step needs; each unmet requirement is named in errors")
    public VolunteerView leave(@PathParam("id") UUID id, @RequestBody(required = false) LeaveBody body) {
        access.coach(id);
        return view(lifecycle.leave(id, body == null ? null : access.valid(body).reason()));
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(SUBJECT)
    @Operation(summary = "The signed-in coordinator's roster: their coaches with their flags, filtered, sorted and paged"
            + " (100 a page by default)")
    public RosterPageView roster(
            @Parameter(description = "APPLICANT, IN_TRAINING, READY, ACTIVE, PAUSED, LEFT; repeat or comma-separate")
                    @QueryParam("status") List<String> status,
            @Parameter(description = "the coordinator's name, as on the profile") @QueryParam("coordinator") String coordinator,
            @Parameter(description = "competence level(s)") @QueryParam("competence") List<String> competence,
            @Parameter(description = "coaches with any of these flags") @QueryParam("flag") List<String> flag,
            @Parameter(description = "true: any flag; false: no flags") @QueryParam("flagged") String flagged,
            @Parameter(description = "at least this much room, as matching-service last published it")
                    @QueryParam("minRoom") String minRoom,
            @Parameter(description = "SNOMED CT code the coach lives with") @QueryParam("condition") String condition,
            @Parameter(description = "ISO 639 code the coach speaks") @QueryParam("language") String language,
            @Parameter(description = "name (default), status, competence, coordinator, dbsRenewalDue, supervisionDueBy,"
                    + " room, hours, registeredAt; prefix - for descending") @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 200 (default 100)") @QueryParam("size") String size) {
        return RosterPageView.of(roster.find(RosterParameters.parse(access.callerId(), status, coordinator, competence,
                flag, flagged, minRoom, condition, language, sort, page, size)));
    }

    private VolunteerView view(Volunteer v) {
        return VolunteerView.of(roster.entryFor(v), practiceSessions.forVolunteer(v.id));
    }
}
