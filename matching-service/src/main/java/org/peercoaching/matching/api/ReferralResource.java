package org.peercoaching.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.reference.ConditionCatalogue;
import org.peercoaching.kit.audit.AuditTrail;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.Coach;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.CoordinatorAction;
import org.peercoaching.matching.domain.match.CoordinatorActionRepository;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.NewReferral;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralIntake;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Referrals: a pathway system refers people to its own pathway and follows them; coordinators see the shared
 * waiting list and match waiting people to their own coaches. Who may reach which referral is
 * {@link MatchingAccess}; anyone else's referral is a 404, exactly like an unknown id.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "For PIFU pathway systems, and for coordinators choosing coaches")
public class ReferralResource {

    static final String SUBJECT = "referral";

    private final ReferralIntake intake;
    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final CoachRepository coaches;
    private final CoordinatorActionRepository actions;
    private final Matchmaker matchmaker;
    private final MatchViews views;
    private final ReferralSubmissions submissions;
    private final MatchingAccess access;
    private final IntakeRateLimit rateLimit;
    private final AuditTrail audit;

    public ReferralResource(ReferralIntake intake, ReferralRepository referrals, MatchRepository matches,
            CoachRepository coaches, CoordinatorActionRepository actions, Matchmaker matchmaker, MatchViews views,
            ReferralSubmissions submissions, MatchingAccess access, IntakeRateLimit rateLimit, AuditTrail audit) {
        this.intake = intake;
        this.referrals = referrals;
        this.matches = matches;
        this.coaches = coaches;
        this.actions = actions;
        this.matchmaker = matchmaker;
        this.views = views;
        this.submissions = submissions;
        this.access = access;
        this.rateLimit = rateLimit;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.PATHWAY)
    @Operation(summary = "Refer a person to peer coaching (pathway systems, to their own pathway only)",
            description = "Safe to retry: the same pathwayReferralId with the same body returns the referral"
                    + " already held (200), also when the copies arrive at the same moment (one 201, the rest 200);"
                    + " bodies are compared by value (44.9 is 44.90, key order and explicit nulls do not matter);"
                    + " with different details it is refused (409). A referral whose activation"
                    + " is not low is recorded as INELIGIBLE with the reason (201). The body's pathway must be the"
                    + " pathway in your token (403 naming the field otherwise). Each pathway may send"
                    + " peercoaching.intake.rate-limit.per-second referrals a second (bursts up to ...burst);"
                    + " beyond that the answer is 429 with Retry-After and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Referral received (status WAITING, PROPOSED, MATCHED or INELIGIBLE)",
            headers = @Header(name = "Location", description = "Where to follow the referral",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "This referral was already received; here it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem's errors")
    @APIResponse(responseCode = "403", description = "The body's pathway is not the pathway in your token (field pathway)")
    @APIResponse(responseCode = "409", description = "The referral id was already used with different details")
    @APIResponse(responseCode = "429", description = "Too many referrals from this pathway; nothing was stored",
            headers = @Header(name = "Retry-After", description = "seconds to wait before sending again"))
    public Response submit(@RequestBody(required = true) SubmitReferralBody body, UriInfo uri) {
        Optional<String> ownPathway = access.callerPathway();
        OptionalLong retryAfter = rateLimit.acquire(ownPathway.orElseGet(access::callerId));
        if (retryAfter.isPresent()) {
            return tooManyReferrals(retryAfter.getAsLong(), uri);
        }
        SubmitReferralBody valid = access.valid(body);
        if (ownPathway.isEmpty() || !ownPathway.get().equals(valid.pathway())) {
            audit.record(SUBJECT, null, "refused 403", "POST /api/v1/referrals");
            throw new ProblemException(403, ProblemTypes.FORBIDDEN, "You do not have access to this",
                    "You may refer only to your own pathway; nothing was stored.",
                    List.of(new Problem.FieldError("pathway", ownPathway
                            .map(p -> "must be your own pathway, " + p)
                            .orElse("cannot be checked: your token names no pathway"))));
        }
        ReferralIntake.Outcome outcome = intake.submit(submissions.toDomain(valid));
        audit.record(SUBJECT, outcome.referral().id.toString(), "allowed", "POST /api/v1/referrals");
        ReferralView view = view(outcome.referral());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    private Response tooManyReferrals(long retryAfterSeconds, UriInfo uri) {
        Problem problem = new Problem(ProblemTypes.TOO_MANY_REQUESTS, "Too many referrals at once", 429,
                "Your pathway has sent more referrals than this service takes at once (" + rateLimit.perSecond()
                        + " a second). Nothing was stored: send it again after " + retryAfterSeconds + " seconds.",
                uri.getRequestUri().getRawPath(), List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(problem).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({Roles.PATHWAY, Roles.COORDINATOR})
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Where a referral stands (its pathway; a coordinator while it waits, and afterwards the"
            + " coordinator of its coach)", description = "A pathway sees what happened, not which coach or why.")
    public ReferralView get(@PathParam("id") UUID id) {
        return view(access.referral(id));
    }

    @POST
    @Path("/{id}/withdraw")
    @Transactional
    @RolesAllowed({Roles.PATHWAY, Roles.COORDINATOR})
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Withdraw a referral; any coach is released and the match ends with reason WITHDRAWN")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such referral, or not yours")
    @APIResponse(responseCode = "409", description = "Already withdrawn, ineligible, graduated or ended")
    public ReferralView withdraw(@PathParam("id") UUID id, @RequestBody(required = true) ActionBodies.Withdraw body) {
        access.referral(id);
        ActionBodies.Withdraw valid = access.valid(body);
        return view(matchmaker.withdraw(id, access.callerId(), valid.reason()));
    }

    @GET
    @Path("/{id}/candidates")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "The best of your own coaches with room for this person, with the per-factor breakdown"
            + " and the reasons in plain English, best first",
            description = "Only coaches who share a call time with the person (a stretch of their weekly windows at"
                    + " least one call long) are candidates, unless peercoaching.matching.require-shared-call-time"
                    + " is false. A coordinator can still choose any active coach with room with a reason (override).")
    public List<CandidateView> candidates(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        Referral referral = access.referral(id);
        return matchmaker.topCandidates(referral, limit, access::isOwn).stream()
                .map(c -> new CandidateView(c.coach().volunteerId, c.coach().firstName, c.room(),
                        new MatchView.Breakdown(c.score().condition(), c.score().deprivation(), c.score().language(),
                                c.score().availability(), c.score().total(), null),
                        matchmaker.reasons(referral, c.coach())))
                .toList();
    }

    @POST
    @Path("/{id}/override")
    @Transactional
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Choose one of your own coaches for this person instead of the proposal; confirmed at once"
            + " if the coach has room",
            description = "The reason is required and kept in the referral's action history (OVERRIDE). The coach"
                    + " must meet the person's coach gender preference and have room under the caseload cap, but"
                    + " need not share a call time with them: the coordinator's reason says how calls will be arranged."
                    + " A coach on a safeguarding hold (DBS check expired, supervision overdue) cannot be chosen by a"
                    + " coordinator (409 coach-on-hold); an administrator may choose them for a waiting person with"
                    + " safeguardingReason (422 naming it when missing), recorded as OVERRIDE_HOLD with both reasons"
                    + " and in the audit trail. Administrators can use this only for coaches on hold.")
    @APIResponse(responseCode = "200", description = "Matched with the chosen coach")
    @APIResponse(responseCode = "400", description = "A field is missing or too long; each is named")
    @APIResponse(responseCode = "404", description = "No such referral or coach, or not yours")
    @APIResponse(responseCode = "409", description = "The coach has no room or is on hold (coordinators), the referral"
            + " is not waiting or proposed, or an administrator chose a coach who is not on hold")
    @APIResponse(responseCode = "422", description = "The coach is not active or not a candidate for this person, or"
            + " safeguardingReason is missing for a coach on hold")
    public MatchView override(@PathParam("id") UUID id, @RequestBody(required = true) ActionBodies.Override body) {
        boolean administrator = access.isAdministrator();
        if (administrator) {
            access.referralAwaitingCoach(id);
        } else {
            access.referral(id);
        }
        ActionBodies.Override valid = access.valid(body);
        if (administrator) {
            access.anyCoach(valid.volunteerId());
        } else {
            access.ownCoach(valid.volunteerId());
        }
        Matchmaker.OverrideBy by = new Matchmaker.OverrideBy(access.callerId(), administrator,
                administrator ? valid.safeguardingReason() : null);
        Match m = matchmaker.override(id, valid.volunteerId(), by, valid.reason());
        return views.of(m);
    }

    @POST
    @Path("/{id}/rematch")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "The person asked for another coach: the match with your coach ends and they are re-matched"
            + " first")
    @APIResponse(responseCode = "200", description = "Back on the waiting list, first in line")
    @APIResponse(responseCode = "404", description = "No such referral, or not matched with one of your coaches")
    @APIResponse(responseCode = "409", description = "The person has no confirmed coach")
    public ReferralView rematch(@PathParam("id") UUID id, @RequestBody(required = true) ActionBodies.Rematch body) {
        access.referral(id);
        ActionBodies.Rematch valid = access.valid(body);
        return view(matchmaker.rematchOnRequest(id, access.callerId(), valid.reason()));
    }

    @GET
    @Path("/{id}/history")
    @Transactional
    @RolesAllowed({Roles.PATHWAY, Roles.COORDINATOR})
    @Audited(value = SUBJECT, idParam = "id")
    @Operation(summary = "Every proposal and match for this person and every action with who and when",
            description = "A coordinator sees the matches with their own coaches, with breakdowns, and the actions"
                    + " on them. A pathway sees only when each match was proposed, confirmed and closed and what was"
                    + " done when: not which coach or why.")
    public HistoryView history(@PathParam("id") UUID id) {
        access.referral(id);
        List<Match> all = matches.historyOf(id);
        List<CoordinatorAction> done = actions.forReferral(id);
        if (access.seesCoaches()) {
            List<Match> own = all.stream().filter(m -> access.ownsCoach(m.volunteerId)).toList();
            Set<UUID> ownIds = own.stream().map(m -> m.id).collect(Collectors.toSet());
            return new HistoryView(
                    own.stream().map(views::of).toList(),
                    done.stream().filter(a -> a.matchId == null || ownIds.contains(a.matchId))
                            .map(a -> new HistoryView.Action(a.action, a.actor, a.reason, a.matchId, a.actedAt))
                            .toList());
        }
        String self = access.callerId();
        return new HistoryView(
                all.stream().map(MatchView::withoutCoach).toList(),
                done.stream().map(a -> new HistoryView.Action(a.action, self.equals(a.actor) ? a.actor : null,
                        "WITHDRAW".equals(a.action) ? a.reason : null, null, a.actedAt)).toList());
    }

    /** A coach who could take the person: room left, the per-factor breakdown and why, in plain English. */
    public record CandidateView(@Schema(required = true) UUID volunteerId, @Schema(required = true) String firstName,
            @Schema(required = true) int room, @Schema(required = true) MatchView.Breakdown score,
            @Schema(required = true) List<String> reasons) {}

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record HistoryView(@Schema(required = true) List<MatchView> matches,
            @Schema(required = true) List<Action> actions) {
        /** {@code by} is the signed-in caller who acted (token subject); "system" for the service itself. */
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        public record Action(@Schema(required = true) String action, String by, String reason, UUID matchId,
                @Schema(required = true) Instant at) {}
    }

    /** Coordinators see the coach once matched; a pathway sees what happened, not which coach or why. */
    private ReferralView view(Referral r) {
        Long position = r.status == ReferralStatus.WAITING ? referrals.waitingPosition(r) : null;
        Optional<Match> open = matches.openFor(r.id);
        boolean showCoach = access.seesCoaches()
                && (r.status == ReferralStatus.MATCHED || r.status == ReferralStatus.IN_PROGRAMME);
        ReferralView.Coach coach = showCoach
                ? open.map(m -> coaches.findById(m.volunteerId)).map(ReferralResource::coachOf).orElse(null)
                : null;
        String stage = r.status == ReferralStatus.IN_PROGRAMME ? open.map(m -> m.stage).orElse(null) : null;
        ReferralView.Outcome outcome = r.completedAt == null ? null : new ReferralView.Outcome(r.outcomeCallsCompleted,
                r.outcomeCallsMissed, r.outcomeEscalations, r.outcomeActivationInstrument, r.outcomeActivationScore,
                r.outcomeActivationLevel, r.completedAt);
        return new ReferralView(r.id, r.pathway, r.pathwayReferralId, r.status.name(), r.status.description(),
                r.statusReason, r.receivedAt, r.statusChangedAt, r.imdDecile, r.imdEdition, r.lsoaCode,
                position,
                r.status == ReferralStatus.WAITING ? r.rematchOf != null : null, coach, stage, outcome,
                showCoach ? personOf(r) : null);
    }

    private static final ConditionCatalogue CATALOGUE = ConditionCatalogue.standard();

    /** Who the person is and what they live with, for the coordinator of their coach. */
    private static ReferralView.Person personOf(Referral r) {
        return new ReferralView.Person(r.firstName, r.lastName, r.phone, r.conditionCodes.stream()
                .map(code -> new WaitingPersonView.Condition(code,
                        CATALOGUE.find(code).map(ConditionCatalogue.Condition::name).orElse(null)))
                .toList());
    }

    private static ReferralView.Coach coachOf(Coach c) {
        return new ReferralView.Coach(c.volunteerId, c.firstName);
    }
}
