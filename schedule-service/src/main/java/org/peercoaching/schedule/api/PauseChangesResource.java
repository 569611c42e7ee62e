package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.kit.time.London;
import org.peercoaching.schedule.domain.coach.CoachCoordinatorRepository;
import org.peercoaching.schedule.domain.plan.CallTimeWords;
import org.peercoaching.schedule.domain.plan.PauseChange;
import org.peercoaching.schedule.domain.plan.PauseChangeRepository;
import org.peercoaching.schedule.domain.plan.ShortPauses;

@Path("/api/v1/coaches/{coachId}/pause-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "A volunteer coach's calls")
public class PauseChangesResource {

    private final PauseChangeRepository changes;
    private final ShortPauses shortPauses;
    private final CoachCoordinatorRepository coordinators;
    private final CoachAccess access;

    public PauseChangesResource(PauseChangeRepository changes, ShortPauses shortPauses,
            CoachCoordinatorRepository coordinators, CoachAccess access) {
        this.changes = changes;
        this.shortPauses = shortPauses;
        this.coordinators = coordinators;
        this.access = access;
    }

    @GET
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = "coach-pause-changes", idParam = "coachId")
    @Operation(summary = "What the coach's short pauses did to their people's calls: per person, each call moved"
            + " (from, to; it keeps its id) or skipped (not counted as missed); latest pause first (the coach's own"
            + " coordinator)")
    @APIResponse(responseCode = "200", description = "The changes; people is empty when no call was changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PauseChangesView.class)))
    @APIResponse(responseCode = "404", description = "No such coach among your own coaches",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = org.peercoaching.kit.problem.Problem.class)))
    public PauseChangesView pauseChanges(@PathParam("coachId") UUID coachId) {
        if (!coordinators.looksAfter(access.coordinatorId(), coachId)) {
            throw ProblemException.notFound("Coach " + coachId);
        }
        Map<UUID, List<PauseChangesView.Change>> byPlan = new LinkedHashMap<>();
        Map<UUID, PauseChange> firstOfPlan = new LinkedHashMap<>();
        for (PauseChange c : changes.ofCoach(coachId)) {
            firstOfPlan.putIfAbsent(c.planId, c);
            byPlan.computeIfAbsent(c.planId, id -> new ArrayList<>()).add(new PauseChangesView.Change(c.callId,
                    c.callNumber, c.toStartsAt == null ? "SKIPPED" : "MOVED", c.pausedUntil, c.fromStartsAt,
                    CallTimeWords.of(c.fromStartsAt), c.toStartsAt,
                    c.toStartsAt == null ? null : CallTimeWords.of(c.toStartsAt)));
        }
        List<PauseChangesView.Person> people = firstOfPlan.values().stream()
                .map(c -> new PauseChangesView.Person(c.planId, c.referralId, c.personFirstName, byPlan.get(c.planId)))
                .toList();
        return new PauseChangesView(coachId, London.ZONE.getId(), shortPauses.pausedUntil(coachId).orElse(null), people);
    }
}
