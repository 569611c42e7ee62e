package org.peercoaching.matching.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.coach.CoachRepository;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.referral.NewReferral;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralIntake;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "For PIFU pathway systems")
public class ReferralResource {

    private final ReferralIntake intake;
    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final CoachRepository coaches;
    private final ObjectMapper mapper;

    public ReferralResource(ReferralIntake intake, ReferralRepository referrals, MatchRepository matches,
            CoachRepository coaches, ObjectMapper mapper) {
        this.intake = intake;
        this.referrals = referrals;
        this.matches = matches;
        this.coaches = coaches;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Refer a person to peer coaching",
            description = "Safe to retry: the same pathwayReferralId with the same body returns the referral"
                    + " already held (200); with a different body it is refused (409).")
    @APIResponse(responseCode = "201", description = "Referral received")
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
        Referral referral = referrals.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        return view(referral);
    }

    private ReferralView view(Referral r) {
        Long position = r.status == ReferralStatus.WAITING ? referrals.waitingPosition(r) : null;
        ReferralView.Coach coach = matches.openFor(r.id)
                .map(m -> coaches.findById(m.volunteerId))
                .map(c -> new ReferralView.Coach(c.firstName))
                .orElse(null);
        return new ReferralView(r.id, r.pathway, r.pathwayReferralId, r.status.name(), r.status.description(),
                r.receivedAt, r.statusChangedAt, position, coach);
    }

    private NewReferral toDomain(SubmitReferralBody b) {
        return new NewReferral(b.pathway(), b.pathwayReferralId(), fingerprint(b), b.person().firstName(),
                b.person().lastName(), b.person().phone(), b.person().language(),
                b.conditionCodes().stream().distinct().toList(), b.activation().instrument(),
                b.activation().score(), b.activation().level(), b.activation().measuredOn(),
                b.homeArea().imdDecile(), b.coachGenderPreference(), b.consent().contact(),
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
