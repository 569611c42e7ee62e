package org.peercoaching.schedule.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.calendar.CalendarTokens;
import org.peercoaching.schedule.domain.calendar.ICalendarWriter;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;

@Tag(name = "Calendar", description = "A coach's calls as an iCalendar feed for phone calendars")
@Path("/api/v1")
public class CalendarResource {

    /** How far back the feed reaches, so last week's calls stay visible. */
    static final Duration HISTORY = Duration.ofDays(56);

    private final CalendarTokens tokens;
    private final CallRepository calls;
    private final CallPlanRepository plans;
    private final Clock clock;
    private final CoachAccess access;

    public CalendarResource(CalendarTokens tokens, CallRepository calls, CallPlanRepository plans, Clock clock,
            CoachAccess access) {
        this.tokens = tokens;
        this.calls = calls;
        this.plans = plans;
        this.clock = clock;
        this.access = access;
    }

    public record FeedAddress(@Schema(required = true) String token, @Schema(required = true) String feedPath) {}

    @POST
    @Path("/coaches/{coachId}/calendar-token")
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "coach-calls", idParam = "coachId")
    @Operation(summary = "Issue a new calendar feed address for the coach; the previous address stops working (the"
            + " coach, or their coordinator)")
    @APIResponse(responseCode = "201", description = "The new feed address; the token is shown only this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FeedAddress.class)))
    @Produces(MediaType.APPLICATION_JSON)
    public Response rotate(@PathParam("coachId") UUID coachId) {
        access.requireCoach(coachId, "Coach " + coachId);
        String token = tokens.rotate(coachId);
        return Response.status(201).entity(new FeedAddress(token, "/api/v1/calendars/" + token + ".ics")).build();
    }

    @GET
    @Path("/calendars/{token}.ics")
    @Produces("text/calendar; charset=utf-8")
    @Transactional
    @PermitAll
    @Operation(summary = "The coach's calls as RFC 5545 iCalendar, one event per call, Europe/London times. No sign-in:"
            + " phone calendars cannot send one, so the long random address is the secret (stored only as a hash)")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No feed at this address (never issued, or replaced by a newer one)")
    @APIResponse(responseCode = "401", description = "A bearer token was sent and is not valid; the feed needs none")
    // Not @Audited: the audit row would store the request path, and with it the feed's secret address.
    public String feed(@PathParam("token") String token) {
        UUID coachId = tokens.coachFor(token).orElseThrow(() -> ProblemException.notFound("Calendar"));
        Instant now = clock.instant();
        // one event per call: where a call was retried after no answer, its latest attempt stands for it
        Map<String, ScheduledCall> latest = new java.util.LinkedHashMap<>();
        for (ScheduledCall c : calls.forCalendar(coachId, now.minus(HISTORY))) {
            latest.merge(c.planId + "-" + c.callNumber, c, (a, b) -> a.attempt >= b.attempt ? a : b);
        }
        List<ScheduledCall> coachCalls = List.copyOf(latest.values());
        Map<UUID, CallPlan> planById = plans.byId(coachCalls.stream().map(c -> c.planId).distinct().toList());
        List<ICalendarWriter.Event> events = coachCalls.stream().map(c -> {
            CallPlan plan = planById.get(c.planId);
            return new ICalendarWriter.Event(c.planId, c.callNumber, plan.totalCalls, (int) ((c.attempt - 1) * 100 + c.version),
                    plan.personFirstName, c.stage, c.startsAt, c.endsAt, c.status == CallStatus.CANCELLED || c.status == CallStatus.SKIPPED);
        }).toList();
        return ICalendarWriter.write(events, now);
    }
}
