package org.peercoaching.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.MatchStatus;
import org.peercoaching.matching.domain.match.Matchmaker;

/** A coordinator's own coaches' proposals and matches: anyone else's is a 404, exactly like an unknown id. */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "For coordinators: review, confirm and decline proposals for their own coaches")
@RolesAllowed(Roles.COORDINATOR)
public class MatchResource {

    static final String SUBJECT = "match";

    private final Matchmaker matchmaker;
    private final MatchRepository matches;
    private final MatchViews views;
    private final MatchingAccess access;

    public MatchResource(Matchmaker matchmaker, MatchRepository matches, MatchViews views, MatchingAccess access) {
        this.matchmaker = matchmaker;
        this.matches = matches;
        this.views = views;
        this.access = access;
    }

    @GET
    @Transactional
    @Audited(SUBJECT)
    @Operation(summary = "Matches of your own coaches by status (PROPOSED by default: your review queue), oldest first;"
            + " all of them, not paged", description = "Each with the score breakdown, the reasons in plain English,"
            + " the person's first name, pathway and IMD decile, and while PROPOSED the whole days they have waited.")
    @APIResponse(responseCode = "200", description = "The matches, oldest first")
    public List<MatchView> list(@Parameter(description = "PROPOSED, CONFIRMED, DECLINED or ENDED", example = "PROPOSED",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"PROPOSED", "CONFIRMED", "DECLINED", "ENDED"},
                    defaultValue = "PROPOSED"))
            @QueryParam("status") String status) {
        MatchStatus wanted;
        try {
            wanted = status == null ? MatchStatus.PROPOSED : MatchStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be PROPOSED, CONFIRMED, DECLINED or ENDED");
        }
        return matches.withCoachesOf(access.callerId(), wanted).stream()
                .map(views::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "One match of one of your coaches, with its score breakdown")
    @APIResponse(responseCode = "200", description = "The match")
    public MatchView get(@PathParam("id") UUID id) {
        Match m = access.match(id);
        return views.of(m);
    }

    @POST
    @Path("/{id}/confirm")
    @Transactional
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Confirm a proposal for one of your coaches; no body (409 if it is no longer proposed or the"
            + " coach has no room)")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "No longer proposed, or the coach has no room")
    public MatchView confirm(@PathParam("id") UUID id) {
        access.match(id);
        Match m = matchmaker.confirmProposal(id, access.callerId());
        return views.of(m);
    }

    @POST
    @Path("/{id}/decline")
    @Transactional
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Decline a proposal for one of your coaches; the person goes back to the queue and is not"
            + " proposed to this coach again")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "409", description = "No longer proposed")
    public MatchView decline(@PathParam("id") UUID id, @RequestBody(required = true) ActionBodies.Decline body) {
        access.match(id);
        ActionBodies.Decline valid = access.valid(body);
        Match m = matchmaker.declineProposal(id, access.callerId(), valid.reason());
        return views.of(m);
    }
}
