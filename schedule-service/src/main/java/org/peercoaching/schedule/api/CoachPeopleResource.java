package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.kit.time.London;
import org.peercoaching.schedule.domain.call.CallRepository;
import org.peercoaching.schedule.domain.call.CallStatus;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;

@Path("/api/v1/coaches/{coachId}/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "A volunteer coach's calls")
public class CoachPeopleResource {

    private final CallPlanRepository plans;
    private final CallRepository calls;
    private final CoachAccess access;

    public CoachPeopleResource(CallPlanRepository plans, CallRepository calls, CoachAccess access) {
        this.plans = plans;
        this.calls = calls;
        this.access = access;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.VOLUNTEER, Roles.COORDINATOR})
    @Audited(value = "coach-people", idParam = "coachId")
    @Operation(summary = "A coach's current people (still in a taper stage): stage, next call (Europe/London), calls"
            + " completed and missed; soonest next call first (the coach, or their coordinator)")
    public CoachPeopleList people(@PathParam("coachId") UUID coachId) {
        access.requireCoach(coachId, "Coach " + coachId);
        List<CallPlan> current = plans.currentForCoach(coachId);
        Map<UUID, List<ScheduledCall>> callsByPlan = calls.ofPlans(current.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.planId));
        List<CoachPeopleList.Person> people = current.stream().map(plan -> {
            List<ScheduledCall> history = callsByPlan.getOrDefault(plan.id, List.of());
            Optional<ScheduledCall> next = history.stream().filter(c -> c.status == CallStatus.SCHEDULED)
                    .min(Comparator.comparing((ScheduledCall c) -> c.startsAt));
            ZonedDateTime nextAt = next.map(c -> c.startsAt.atZone(London.ZONE)).orElse(null);
            return new CoachPeopleList.Person(plan.id, plan.referralId, plan.personFirstName, plan.stage,
                    plan.status.name(), next.map(c -> c.startsAt).orElse(null),
                    nextAt == null ? null : CoachCallsResource.describe(nextAt),
                    next.map(c -> c.callNumber).orElse(null),
                    (int) history.stream().filter(c -> c.status == CallStatus.COMPLETED).count(),
                    (int) history.stream().filter(c -> c.status.isMissed()).count(),
                    plan.totalCalls);
        }).sorted(Comparator.comparing(CoachPeopleList.Person::nextCallAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new CoachPeopleList(coachId, London.ZONE.getId(), people);
    }
}
