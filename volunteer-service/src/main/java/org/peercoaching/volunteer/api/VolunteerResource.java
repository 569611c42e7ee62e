package org.peercoaching.volunteer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
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
import org.peercoaching.volunteer.domain.VolunteerRepository;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers")
public class VolunteerResource {

    private final VolunteerRegistration registration;
    private final VolunteerLifecycle lifecycle;
    private final VolunteerRepository volunteers;
    private final PracticeSessionRepository practiceSessions;
    private final Roster roster;

    public VolunteerResource(VolunteerRegistration registration, VolunteerLifecycle lifecycle,
            VolunteerRepository volunteers, PracticeSessionRepository practiceSessions, Roster roster) {
        this.roster = roster;
        this.registration = registration;
        this.lifecycle = lifecycle;
        this.volunteers = volunteers;
        this.practiceSessions = practiceSessions;
    }

    @POST
    @Operation(summary = "Register a volunteer coach (as an applicant)")
    public Response register(@NotNull @Valid VolunteerProfileBody body, UriInfo uri) {
        Volunteer volunteer = registration.register(body.toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(volunteer.id.toString()).build())
                .entity(view(volunteer))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One volunteer coach with their onboarding records")
    public VolunteerView get(@PathParam("id") UUID id) {
        return view(find(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a coach's profile; publishes volunteer.updated.v1 when what matching sees changes")
    public VolunteerView update(@PathParam("id") UUID id, @NotNull @Valid VolunteerProfileBody body) {
        return view(registration.update(id, body.toDomain()));
    }

    @POST
    @Path("/{id}/training/modules-completed")
    @Operation(summary = "Record that the self-paced training modules are complete")
    public VolunteerView modulesCompleted(@PathParam("id") UUID id, @NotNull @Valid ModulesCompletedBody body) {
        return view(lifecycle.recordTrainingModulesCompleted(id, body.completedOn()));
    }

    @POST
    @Path("/{id}/training/practice-sessions")
    @Operation(summary = "Record a live practice session the coach took part in")
    public Response practiceSession(@PathParam("id") UUID id, @NotNull @Valid PracticeSessionBody body) {
        lifecycle.recordPracticeSession(id, body.heldOn(), body.facilitator());
        return Response.status(201).entity(view(find(id))).build();
    }

    @PUT
    @Path("/{id}/dbs")
    @Operation(summary = "Record the coach's DBS check (issue date, renewal date)")
    public VolunteerView dbs(@PathParam("id") UUID id, @NotNull @Valid DbsBody body) {
        return view(lifecycle.recordDbsCheck(id, body.issuedOn(), body.renewalDue(), body.certificateNumber()));
    }

    @POST
    @Path("/{id}/start-training")
    @Operation(summary = "Applicant -> in training")
    public VolunteerView startTraining(@PathParam("id") UUID id) {
        return view(lifecycle.startTraining(id));
    }

    @POST
    @Path("/{id}/complete-training")
    @Operation(summary = "In training -> ready: needs the modules complete and at least one live practice session")
    public VolunteerView completeTraining(@PathParam("id") UUID id) {
        return view(lifecycle.completeTraining(id));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Ready -> active: needs training complete and an in-date DBS check; publishes volunteer.activated.v1")
    public VolunteerView activate(@PathParam("id") UUID id) {
        return view(lifecycle.activate(id));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Active -> paused, with a reason and an expected return date; publishes volunteer.paused.v1")
    public VolunteerView pause(@PathParam("id") UUID id, @NotNull @Valid PauseBody body) {
        return view(lifecycle.pause(id, body.reason(), body.until()));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Paused -> active: needs an in-date DBS check; publishes volunteer.resumed.v1")
    public VolunteerView resume(@PathParam("id") UUID id) {
        return view(lifecycle.resume(id));
    }

    @POST
    @Path("/{id}/leave")
    @Operation(summary = "The coach leaves the programme; publishes volunteer.left.v1")
    public VolunteerView leave(@PathParam("id") UUID id, @Valid LeaveBody body) {
        return view(lifecycle.leave(id, body == null ? null : body.reason()));
    }

    @GET
    @Operation(summary = "The coordinator's roster: coaches with their flags, filtered, sorted and paged (100 a page by default)")
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
        return RosterPageView.of(roster.find(RosterParameters.parse(status, coordinator, competence, flag, flagged, minRoom,
                condition, language, sort, page, size)));
    }

    private Volunteer find(UUID id) {
        Volunteer volunteer = volunteers.findById(id);
        if (volunteer == null) {
            throw ProblemException.notFound("Volunteer " + id);
        }
        return volunteer;
    }

    private VolunteerView view(Volunteer v) {
        return VolunteerView.of(roster.entryFor(v), practiceSessions.forVolunteer(v.id));
    }
}
