package org.peercoaching.matching.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.CoordinatorActionRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.NewReferral;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralIntake;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "For PIFU pathway systems, and for coordinators choosing coaches")
public class ReferralResource {

    private final ReferralIntake intake;
    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final CoachRepository coaches;
    private final CoordinatorActionRepository actions;
    private final Matchmaker matchmaker;
    private final ObjectMapper mapper;

    public ReferralResource(ReferralIntake intake, ReferralRepository referrals, MatchRepository matches,
            CoachRepository coaches, CoordinatorActionRepository actions, Matchmaker matchmaker, ObjectMapper mapper) {
        this.intake = intake;
        this.referrals = referrals;
        this.matches = matches;
        this.coaches = coaches;
        this.actions = actions;
        this.matchmaker = matchmaker;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Refer a person to peer coaching",
            description = "Safe to retry: the same pathwayReferralId with the same body returns the referral"
                    + " already held (200); with a different body it is refused (409). A referral whose activation"
                    + " is not low is recorded as INELIGIBLE with the reason (201).")
    @APIResponse(responseCode = "201", description = "Referral received (status WAITING, PROPOSED, MATCHED or INELIGIBLE)")
    @APIResponse(responseCode = "200", description = "This referral was already received; here it is")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors")
    @APIResponse(responseCode = "409", description = "The referral id was already used with different details")
    public Response submit(@NotNull @Valid SubmitReferralBody body, UriInfo uri) {
        ReferralIntake.Outcome outcome = intake.submit(toDomain(body));
        ReferralView view = view(outcome.referral());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Where a referral stands")
    public ReferralView get(@PathParam("id") UUID id) {
        return view(require(id));
    }

    @POST
    @Path("/{id}/withdraw")
    @Transactional
    @Operation(summary = "Withdraw a referral; any coach is released and the match ends with reason WITHDRAWN")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already withdrawn, ineligible, graduated or ended")
    public ReferralView withdraw(@PathParam("id") UUID id, @NotNull @Valid ActionBodies.Withdraw body) {
        Referral referral = require(id);
        String by = body.by() != null && !body.by().isBlank() ? body.by() : referral.pathway;
        return view(matchmaker.withdraw(id, by, body.reason()));
    }

    @GET
    @Path("/{id}/candidates")
    @Transactional
    @Operation(summary = "The best coaches with room for this person, with the per-factor breakdown, best first")
    public List<CandidateView> candidates(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        Referral referral = require(id);
        return matchmaker.topCandidates(referral, limit).stream()
                .map(c -> new CandidateView(c.coach().volunteerId, c.coach().firstName, c.room(),
                        new MatchView.Breakdown(c.score().condition(), c.score().deprivation(), c.score().language(),
                                c.score().availability(), c.score().total(), null)))
                .toList();
    }

    @POST
    @Path("/{id}/override")
    @Transactional
    @Operation(summary = "Choose a coach for this person instead of the proposal; confirmed at once if the coach has room")
    @APIResponse(responseCode = "200", description = "Matched with the chosen coach")
    @APIResponse(responseCode = "409", description = "The coach has no room, or the referral is not waiting or proposed")
    @APIResponse(responseCode = "422", description = "The coach is not active or not a candidate for this person")
    public MatchView override(@PathParam("id") UUID id, @NotNull @Valid ActionBodies.Override body) {
        require(id);
        Match m = matchmaker.override(id, body.volunteerId(), body.by(), body.reason());
        return MatchView.of(m, coaches.findById(m.volunteerId));
    }

    @POST
    @Path("/{id}/rematch")
    @Transactional
    @Operation(summary = "The person asked for another coach: the match ends and they are re-matched first")
    public ReferralView rematch(@PathParam("id") UUID id, @NotNull @Valid ActionBodies.Rematch body) {
        require(id);
        return view(matchmaker.rematchOnRequest(id, body.by(), body.reason()));
    }

    @GET
    @Path("/{id}/history")
    @Transactional
    @Operation(summary = "Every proposal and match for this person, with breakdowns, and every action with who and when")
    public HistoryView history(@PathParam("id") UUID id) {
        require(id);
        return new HistoryView(
                matches.historyOf(id).stream().map(m -> MatchView.of(m, coaches.findById(m.volunteerId))).toList(),
                actions.forReferral(id).stream()
                        .map(a -> new HistoryView.Action(a.action, a.actor, a.reason, a.matchId, a.actedAt)).toList());
    }

    public record CandidateView(UUID volunteerId, String firstName, int room, MatchView.Breakdown score) {}

    public record HistoryView(List<MatchView> matches, List<Action> actions) {
        public record Action(String action, String by, String reason, UUID matchId, Instant at) {}
    }

    private Referral require(UUID id) {
        Referral referral = referrals.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        return referral;
    }

    private ReferralView view(Referral r) {
        Long position = r.status == ReferralStatus.WAITING ? referrals.waitingPosition(r) : null;
        Optional<Match> open = matches.openFor(r.id);
        boolean showCoach = r.status == ReferralStatus.MATCHED || r.status == ReferralStatus.IN_PROGRAMME;
        ReferralView.Coach coach = showCoach
                ? open.map(m -> coaches.findById(m.volunteerId)).map(c -> new ReferralView.Coach(c.firstName)).orElse(null)
                : null;
        String stage = r.status == ReferralStatus.IN_PROGRAMME ? open.map(m -> m.stage).orElse(null) : null;
        ReferralView.Outcome outcome = r.completedAt == null ? null : new ReferralView.Outcome(r.outcomeCallsCompleted,
                r.outcomeCallsMissed, r.outcomeEscalations, r.outcomeActivationInstrument, r.outcomeActivationScore,
                r.outcomeActivationLevel, r.completedAt);
        return new ReferralView(r.id, r.pathway, r.pathwayReferralId, r.status.name(), r.status.description(),
                r.statusReason, r.receivedAt, r.statusChangedAt, r.imdDecile, r.imdEdition, position,
                r.status == ReferralStatus.WAITING ? r.rematchOf != null : null, coach, stage, outcome);
    }

    private NewReferral toDomain(SubmitReferralBody b) {
        return new NewReferral(b.pathway(), b.pathwayReferralId(), fingerprint(b), b.person().firstName(),
                b.person().lastName(), b.person().phone(), b.person().language(),
                b.conditionCodes().stream().distinct().toList(), b.activation().instrument(),
                b.activation().score(), b.activation().level(), b.activation().measuredOn(),
                b.homeArea().imdDecile(), b.homeArea().lsoaCode(), b.coachGenderPreference(), b.consent().contact(),
                b.consent().shareGoalsWithClinicalTeam(),
                b.callWindows().stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).distinct()
                        .toList());
    }

    private String fingerprint(SubmitReferralBody body) {
        try {
            byte[] canonical = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Referral could not be fingerprinted", e);
        }
    }
}
