package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.events.schedule.ProgrammeCompletedV1;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.Graduation;
import org.peercoaching.schedule.domain.plan.PlanRuleException;
import org.peercoaching.schedule.domain.plan.PlanService;
import org.peercoaching.schedule.domain.plan.StageEarlyEndRepository;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "A person's six-month plan: stages, calls, extensions, ending a stage early (coordinators, own coaches)")
@RolesAllowed(Roles.COORDINATOR)
public class PlansResource {

    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final PlanService planService;
    private final Graduation graduation;
    private final StageEarlyEndRepository earlyEnds;
    private final CoachAccess access;
    private final Validator validator;

    public PlansResource(CallPlanRepository plans, CallRepository calls, PlanService planService,
            Graduation graduation, StageEarlyEndRepository earlyEnds, CoachAccess access, Validator validator) {
        this.plans = plans;
        this.calls = calls;
        this.planService = planService;
        this.graduation = graduation;
        this.earlyEnds = earlyEnds;
        this.access = access;
        this.validator = validator;
    }

    public record Extension(
            @NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 8")
            @Max(value = 8, message = "must be from 1 to 8") Integer extraCalls,
            @NotBlank(message = "is required: why the stage is extended")
            @Size(max = 1000, message = "must be at most 1000 characters") String reason) {}

    public record EarlyStageEnd(
            @NotBlank(message = "is required: why the stage ends before its planned time")
            @Size(max = 1000, message = "must be at most 1000 characters") String reason) {}

    public record FollowUpRequest(
            @NotBlank(message = "is required, for example PAM-13") @Size(max = 60, message = "must be at most 60 characters")
            String instrument,
            @NotNull(message = "is required: the score at referral") @DecimalMin(value = "0", message = "must be 0 to 100")
            @DecimalMax(value = "100", message = "must be 0 to 100") BigDecimal scoreBefore,
            @NotNull(message = "is required: the follow-up score") @DecimalMin(value = "0", message = "must be 0 to 100")
            @DecimalMax(value = "100", message = "must be 0 to 100") BigDecimal scoreAfter,
            @Min(value = 1, message = "must be from 1 to 4") @Max(value = 4, message = "must be from 1 to 4")
            Integer levelAfter) {}

    @POST
    @Path("/{planId}/graduation")
    @Transactional
    @Audited(value = "plan", idParam = "planId")
    @Operation(summary = "Record the follow-up activation measure of a graduated person: publishes the outcome summary")
    @APIResponse(responseCode = "200", description = "Recorded: the outcome summary as published")
    @APIResponse(responseCode = "409", description = "The follow-up measure was already recorded for this plan")
    @APIResponse(responseCode = "422", description = "The person has not graduated yet")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeCompletedV1 graduate(@PathParam("planId") UUID planId, FollowUpRequest request) {
        CallPlan plan = find(planId);
        FollowUpRequest body = Bodies.valid(validator, request);
        try {
            return graduation.complete(plan, new Graduation.FollowUp(body.instrument(), body.scoreBefore(),
                    body.scoreAfter(), body.levelAfter()));
        } catch (Graduation.AlreadyCompletedException e) {
            throw ProblemException.conflict(ProblemTypes.BASE + "programme-completed", e.getMessage());
        } catch (PlanRuleException e) {
            throw ProblemException.unprocessable(CallRecordingResource.RULE, e.getMessage(), List.of());
        }
    }

    @GET
    @Transactional
    @Audited("plan")
    @Operation(summary = "Plans for a referral (one plan per referral; it survives a re-match); only plans of your own"
            + " coaches are listed")
    public List<PlanView> forReferral(@QueryParam("referralId") @NotNull(message = "is required") UUID referralId) {
        return plans.forReferral(referralId).stream().filter(p -> access.mayActFor(p.coachId))
                .map(this::view).toList();
    }

    @GET
    @Path("/{planId}")
    @Transactional
    @Audited(value = "plan", idParam = "planId")
    @Operation(summary = "A plan with its stage, status and every call")
    public PlanView get(@PathParam("planId") UUID planId) {
        CallPlan plan = find(planId);
        return view(plan);
    }

    @POST
    @Path("/{planId}/extensions")
    @Transactional
    @Audited(value = "plan", idParam = "planId")
    @Operation(summary = "Add calls to the person's current stage, with a reason")
    @APIResponse(responseCode = "200", description = "Extended: the plan with the added calls")
    @APIResponse(responseCode = "422", description = "The plan has no calls booked, or no time fits both call windows")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView extend(@PathParam("planId") UUID planId, Extension request) {
        CallPlan plan = find(planId);
        Extension body = Bodies.valid(validator, request);
        try {
            planService.extendStage(plan, body.extraCalls(), body.reason(), access.callerId());
        } catch (PlanRuleException e) {
            throw ProblemException.unprocessable(CallRecordingResource.RULE, e.getMessage(), List.of());
        }
        return view(plan);
    }

    @POST
    @Path("/{planId}/stage/end-early")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Audited(value = "plan", idParam = "planId")
    @Operation(summary = "End the person's current stage before its planned time, with a reason (their coach's"
            + " coordinator, or an admin): its calls still to happen are kept as cancelled and the next stage is"
            + " booked; the decision is recorded. A plan without calls booked is 422.")
    @APIResponse(responseCode = "200", description = "Ended: the plan with the next stage booked")
    @APIResponse(responseCode = "422", description = "The plan has no calls booked")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanView endStageEarly(@PathParam("planId") UUID planId, EarlyStageEnd request) {
        CallPlan plan = findAsCoordinatorOrAdmin(planId);
        EarlyStageEnd body = Bodies.valid(validator, request);
        CallPlan locked = plans.lockForUpdate(plan.id);
        try {
            planService.endStageEarly(locked, body.reason().strip(), access.callerId());
        } catch (PlanRuleException e) {
            throw ProblemException.unprocessable(CallRecordingResource.RULE, e.getMessage(), List.of());
        }
        return view(locked);
    }

    private PlanView view(CallPlan plan) {
        return PlanView.of(plan, calls.ofPlan(plan.id), earlyEnds.ofPlan(plan.id));
    }

    private CallPlan findAsCoordinatorOrAdmin(UUID planId) {
        if (access.isAdmin()) {
            CallPlan plan = plans.findById(planId);
            if (plan == null) {
                throw ProblemException.notFound("Plan " + planId);
            }
            return plan;
        }
        return find(planId);
    }

    /** The plan, if it is one of the caller's own coaches' plans; otherwise 404, so ids cannot be probed. */
    CallPlan find(UUID planId) {
        CallPlan plan = plans.findById(planId);
        access.requireCoach(plan == null ? null : plan.coachId, "Plan " + planId);
        return plan;
    }
}
