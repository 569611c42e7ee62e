package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;
import org.peercoaching.schedule.domain.call.CallOutcomes;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.Outcome;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.PlanRuleException;

@Path("/api/v1/calls/{callId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "A volunteer coach's calls")
public class CallRecordingResource {

    static final String ALREADY_RECORDED = ProblemTypes.BASE + "call-already-recorded";
    static final String RULE = ProblemTypes.BASE + "programme-rule";

    private final CallOutcomes outcomes;
    private final CallRepository calls;
    private final CoachAccess access;
    private final Validator validator;
    private final CallDetails details;

    public CallRecordingResource(CallOutcomes outcomes, CallRepository calls, CoachAccess access, Validator validator,
            CallDetails details) {
        this.details = details;
        this.outcomes = outcomes;
        this.calls = calls;
        this.access = access;
        this.validator = validator;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "call", idParam = "callId")
    @Operation(summary = "One call as its coach reads it before ringing: the person (first name, phone, conditions,"
            + " language, usual times), stage and call number, goals and confidence from their last call, their next"
            + " call, and the limits for recording and moving it; a moved call names the call it became (the coach,"
            + " or their coordinator)")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CallDetail.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not one of the caller's (or their coaches')")
    public CallDetail get(@PathParam("callId") UUID callId) {
        requireOwnCall(callId);
        return details.of(calls.findById(callId));
    }

    @POST
    @Path("/outcome")
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "call", idParam = "callId")
    @Operation(summary = "Record what happened on a call, once; a second record is 409 (the coach, or their coordinator)")
    @APIResponse(responseCode = "200", description = "Recorded: the call as recorded, and the next attempt or call if one"
            + " was booked")
    @APIResponse(responseCode = "409", description = "The call was already recorded")
    @APIResponse(responseCode = "422", description = "A programme rule forbids it: recorded too early, or moved to a time"
            + " in the past or outside the call windows")
    public CallView.Recorded record(@PathParam("callId") UUID callId, CallOutcomeRequest request) {
        requireOwnCall(callId);
        CallOutcomeRequest body = Bodies.valid(validator, request);
        List<Problem.FieldError> missing = new ArrayList<>();
        if (body.outcome() == CallOutcomeRequest.Kind.COMPLETED) {
            if (body.durationMinutes() == null) {
                missing.add(new Problem.FieldError("durationMinutes", "is required for a completed call"));
            }
            if (body.confidence() == null) {
                missing.add(new Problem.FieldError("confidence", "is required for a completed call: 1 to 10"));
            }
        }
        if (body.outcome() == CallOutcomeRequest.Kind.RESCHEDULED && body.rescheduleTo() == null) {
            missing.add(new Problem.FieldError("rescheduleTo", "is required to move a call"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.INVALID_FIELDS, "Your request has invalid fields",
                    missing.size() == 1 ? "1 field is invalid." : missing.size() + " fields are invalid.", missing);
        }
        CallOutcomeRequest.Goals g = body.goals();
        Outcome outcome = new Outcome(Outcome.Kind.valueOf(body.outcome().name()),
                body.outcome() == CallOutcomeRequest.Kind.COMPLETED ? body.durationMinutes() : null, body.notes(),
                g == null ? null : new Outcome.Goals(g.topic(), g.goal(), g.reality(), g.options(), g.wayForward()),
                body.confidence(), body.rescheduleTo() == null ? null : body.rescheduleTo().toInstant());
        try {
            CallOutcomes.Recorded recorded = outcomes.record(callId, outcome, access.callerId());
            return new CallView.Recorded(CallView.of(recorded.call()), CallView.of(recorded.next()));
        } catch (CallOutcomes.CallNotFoundException e) {
            throw ProblemException.notFound("Call " + callId);
        } catch (CallOutcomes.AlreadyRecordedException e) {
            throw ProblemException.conflict(ALREADY_RECORDED, e.getMessage());
        } catch (PlanRuleException e) {
            throw ProblemException.unprocessable(RULE, e.getMessage(), List.of());
        }
    }

    @POST
    @Path("/escalations")
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "call", idParam = "callId")
    @Operation(summary = "Raise a safety concern on a call: the coordinator is alerted at once (the coach, or their"
            + " coordinator)")
    @APIResponse(responseCode = "201", description = "Raised: the alert on the coordinator's list",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AlertView.class)))
    public Response escalate(@PathParam("callId") UUID callId, EscalationRequest request) {
        requireOwnCall(callId);
        EscalationRequest body = Bodies.valid(validator, request);
        try {
            CoordinatorAlert alert = outcomes.escalate(callId, body.category().name(), body.detail(),
                    access.callerId());
            return Response.status(201).entity(AlertView.of(alert)).build();
        } catch (CallOutcomes.CallNotFoundException e) {
            throw ProblemException.notFound("Call " + callId);
        }
    }

    /** The call's coach must be the caller (a volunteer) or one of the caller's coaches (a coordinator). */
    private void requireOwnCall(UUID callId) {
        ScheduledCall call = calls.findById(callId);
        access.requireCoach(call == null ? null : call.coachId, "Call " + callId);
    }
}
