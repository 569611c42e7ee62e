package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.plan.CallSlotter;

@Path("/api/v1/coaches/{coachId}/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "A volunteer coach's calls")
public class CoachCallsResource {

    static final String ISO_WEEK = "^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private static final java.util.regex.Pattern ISO_WEEK_PATTERN = java.util.regex.Pattern.compile(ISO_WEEK);

    private final CallRepository calls;
    private final CallPlanRepository plans;
    private final CoachAccess access;
    private final java.time.Clock clock;
    private final java.time.Duration recordAhead;

    public CoachCallsResource(CallRepository calls, CallPlanRepository plans, CoachAccess access,
            java.time.Clock clock, org.peercoaching.schedule.config.ScheduleConfig config) {
        this.clock = clock;
        this.recordAhead = config.recordAhead();
        this.calls = calls;
        this.plans = plans;
        this.access = access;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "coach-calls", idParam = "coachId")
    @Operation(summary = "A coach's calls in one ISO week, in time order, Europe/London times, and their next call"
            + " from now in any week (the coach, or their coordinator)")
    public WeeklyCallList week(@PathParam("coachId") UUID coachId,
            @Parameter(description = "ISO week, for example 2026-W48", example = "2026-W48", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = ISO_WEEK))
            @QueryParam("week") String week) {
        // who may see this coach's calls is checked first: someone else's coach is "not found", whatever the week
        access.requireCoach(coachId, "Coach " + coachId);
        if (week == null || week.isBlank()) {
            throw ProblemException.invalidField("week", "is required, for example 2026-W48");
        }
        if (!ISO_WEEK_PATTERN.matcher(week).matches()) {
            throw ProblemException.invalidField("week", "must be an ISO week such as 2026-W48");
        }
        LocalDate monday = mondayOf(week);
        Instant from = monday.atStartOfDay(CallSlotter.LONDON).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(CallSlotter.LONDON).toInstant();
        List<ScheduledCall> inWeek = calls.forCoachBetween(coachId, from, to);
        Map<UUID, CallPlan> planById = plans.byId(inWeek.stream().map(c -> c.planId).distinct().toList());
        List<WeeklyCallList.Call> items = inWeek.stream().map(c -> {
            CallPlan plan = planById.get(c.planId);
            ZonedDateTime start = c.startsAt.atZone(CallSlotter.LONDON);
            return new WeeklyCallList.Call(c.id, plan.id, plan.referralId, plan.personFirstName,
                    plan.personPhone, c.startsAt, c.endsAt,
                    describe(start), c.stage, c.callNumber, c.attempt, plan.totalCalls, c.status.name(),
                    calls.lastCompletedBefore(c.planId, c.startsAt).map(CoachCallsResource::lastCall).orElse(null),
                    c.startsAt.minus(recordAhead));
        }).toList();
        return new WeeklyCallList(coachId, week, CallSlotter.LONDON.getId(), items, nextCall(coachId));
    }

    /** The coach's next call still to be made: the earliest booked call not yet over. */
    private WeeklyCallList.NextCall nextCall(UUID coachId) {
        return calls.scheduledForCoachFrom(coachId, clock.instant()).stream()
                .min(java.util.Comparator.comparing((ScheduledCall c) -> c.startsAt))
                .map(c -> new WeeklyCallList.NextCall(c.id, plans.findById(c.planId).personFirstName, c.startsAt,
                        describe(c.startsAt.atZone(CallSlotter.LONDON))))
                .orElse(null);
    }

    static WeeklyCallList.LastCall lastCall(ScheduledCall last) {
        return new WeeklyCallList.LastCall(last.startsAt,
                last.hasGoals() ? new CallOutcomeRequest.Goals(last.goalTopic, last.goalGoal, last.goalReality,
                        last.goalOptions, last.goalWayForward) : null);
    }

    static LocalDate mondayOf(String isoWeek) {
        try {
            return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("week", "is not a week of that year");
        }
    }

    /** "Tuesday 24 November, 6pm" or "Tuesday 24 November, 6:30pm", as GOV.UK writes times. */
    static String describe(ZonedDateTime t) {
        return org.peercoaching.schedule.domain.plan.CallTimeWords.of(t);
    }
}
