package org.peercoaching.matching.api;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.match.Matchmaker;

@Path("/api/v1/matches")
@Tag(name = "Matches", description = "For coordinators: review, confirm and decline proposals")
public class MatchResource {

    private final Matchmaker matchmaker;
    private final MatchRepository matches;
    private final CoachRepository coaches;

    public MatchResource(Matchmaker matchmaker, MatchRepository matches, CoachRepository coaches) {
        this.matchmaker = matchmaker;
        this.matches = matches;
        this.coaches = coaches;
    }

    @GET
    @Transactional
    @Operation(summary = "Matches by status (PROPOSED by default: the coordinator's queue), oldest first")
    public List<MatchView> list(@QueryParam("status") String status) {
        MatchStatus wanted;
        try {
            wanted = status == null ? MatchStatus.PROPOSED : MatchStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be PROPOSED, CONFIRMED, DECLINED or ENDED");
        }
        return matches.list("status = ?1 order by proposedAt, id", wanted).stream()
                .map(m -> MatchView.of(m, coaches.findById(m.volunteerId))).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One match with its score breakdown")
    public MatchView get(@PathParam("id") UUID id) {
        Match m = matches.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Match " + id);
        }
        return MatchView.of(m, coaches.findById(m.volunteerId));
    }

    @POST
    @Path("/{id}/confirm")
    @Transactional
    @Operation(summary = "Confirm a proposal (409 if it is no longer proposed or the coach has no room)")
    public MatchView confirm(@PathParam("id") UUID id, @NotNull @Valid ActionBodies.Confirm body) {
        Match m = matchmaker.confirmProposal(id, body.by());
        return MatchView.of(m, coaches.findById(m.volunteerId));
    }

    @POST
    @Path("/{id}/decline")
    @Transactional
    @Operation(summary = "Decline a proposal; the person goes back to the queue and is not proposed to this coach again")
    public MatchView decline(@PathParam("id") UUID id, @NotNull @Valid ActionBodies.Decline body) {
        Match m = matchmaker.declineProposal(id, body.by(), body.reason());
        return MatchView.of(m, coaches.findById(m.volunteerId));
    }
}
