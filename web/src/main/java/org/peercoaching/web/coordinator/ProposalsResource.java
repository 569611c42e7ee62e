package org.peercoaching.web.coordinator;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peercoaching.web.coordinator.Views.Candidate;
import org.peercoaching.web.coordinator.Views.Match;
import org.peercoaching.web.coordinator.Views.WaitingPerson;
import org.peercoaching.web.pages.Flash;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.Loaded;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** The waiting list and the proposals: confirm, decline with a reason, or choose another of the best coaches. */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
public class ProposalsResource {

    static final int CANDIDATES = 5;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance proposals(Loaded<Match> proposals, Loaded<WaitingPerson> waiting,
                String notice, String problem, UUID matchWithError, FormErrors errors);

        static native TemplateInstance candidates(UUID referralId, String personFirstName, List<Candidate> candidates,
                String problem, FormErrors errors, UUID chosen);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final Flash flash;

    public ProposalsResource(Viewer viewer, ServiceApi api, Flash flash) {
        this.viewer = viewer;
        this.api = api;
        this.flash = flash;
    }

    @GET
    @Path("/proposals")
    public TemplateInstance proposals() {
        viewer.require(Viewer.COORDINATOR);
        return render(flash.take(), null, null, FormErrors.NONE);
    }

    @POST
    @Path("/proposals/{matchId}/confirm")
    public Response confirm(@PathParam("matchId") UUID matchId) {
        viewer.require(Viewer.COORDINATOR);
        try {
            Match m = api.post(Service.MATCHING, "/api/v1/matches/" + matchId + "/confirm", null, Match.class);
            return back(who(m) + " is now matched with " + m.coachFirstName() + ". The first call will appear in "
                    + m.coachFirstName() + "'s week once it is booked.");
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            return Response.status(e.status == 404 ? 404 : 409)
                    .entity(render(null, refusedConfirm(e), null, FormErrors.NONE))
                    .build();
        }
    }

    @POST
    @Path("/proposals/{matchId}/decline")
    public Response decline(@PathParam("matchId") UUID matchId, @FormParam("reason") String reason) {
        viewer.require(Viewer.COORDINATOR);
        try {
            Match m = api.post(Service.MATCHING, "/api/v1/matches/" + matchId + "/decline", body("reason", reason),
                    Match.class);
            return back("Declined. " + who(m) + " is back on the waiting list and will not be proposed to "
                    + m.coachFirstName() + " again.");
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            if (!e.errors.isEmpty()) {
                return Response.status(400).entity(render(null, null, matchId,
                        FormErrors.from(e, FormErrors.fields().field("reason", "reason-" + matchId,
                                "Why you are declining it", "Say why you are declining this proposal")))).build();
            }
            return Response.status(e.status == 404 ? 404 : 409)
                    .entity(render(null, refusedDecline(e), null, FormErrors.NONE))
                    .build();
        }
    }

    @GET
    @Path("/referrals/{referralId}/candidates")
    public TemplateInstance candidates(@PathParam("referralId") UUID referralId, @QueryParam("name") String name) {
        viewer.require(Viewer.COORDINATOR);
        return renderCandidates(referralId, name, null, FormErrors.NONE, null);
    }

    @POST
    @Path("/referrals/{referralId}/override")
    public Response choose(@PathParam("referralId") UUID referralId, @FormParam("volunteerId") String volunteerId,
            @FormParam("reason") String reason, @FormParam("name") String name) {
        viewer.require(Viewer.COORDINATOR);
        Map<String, Object> body = body("reason", reason);
        body.put("volunteerId", volunteerId);
        try {
            Match m = api.post(Service.MATCHING, "/api/v1/referrals/" + referralId + "/override", body, Match.class);
            return back((name == null || name.isBlank() ? "The person" : name) + " is now matched with "
                    + m.coachFirstName() + ".");
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            FormErrors errors = e.errors.isEmpty() ? FormErrors.NONE
                    : FormErrors.from(e, FormErrors.fields()
                            .field("reason", "reason", "Why you chose them", "Choose a coach and say why you chose them")
                            .field("volunteerId", "reason", "The coach", "Choose a coach and say why you chose them"));
            return Response.status(e.errors.isEmpty() ? (e.status == 404 ? 404 : 409) : 400)
                    .entity(renderCandidates(referralId, name, e.errors.isEmpty() ? refusedChoice(e, name) : null, errors,
                            volunteerId))
                    .build();
        }
    }

    private TemplateInstance renderCandidates(UUID referralId, String name, String problem, FormErrors errors,
            String chosen) {
        List<Candidate> candidates = api.get(Service.MATCHING,
                "/api/v1/referrals/" + referralId + "/candidates?limit=" + CANDIDATES,
                new TypeReference<List<Candidate>>() {});
        return Templates.candidates(referralId, name == null || name.isBlank() ? "this person" : name, candidates,
                problem, errors, parse(chosen));
    }

    private TemplateInstance render(String notice, String problem, UUID matchWithError, FormErrors errors) {
        Loaded<Match> proposals = Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/matches?status=PROPOSED",
                new TypeReference<List<Match>>() {}));
        Loaded<WaitingPerson> waiting = Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/waiting-list",
                new TypeReference<List<WaitingPerson>>() {}));
        return Templates.proposals(proposals, waiting, notice, problem, matchWithError, errors);
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The page's own words for why a confirm was refused; the service's detail only where it is about the coach. */
    static String refusedConfirm(ServiceProblem e) {
        if (e.status == 404) {
            return "This proposal could not be confirmed: it is no longer on your list.";
        }
        if (e.is("not-possible-now")) {
            return "This proposal could not be confirmed: it has already been confirmed or declined, perhaps by"
                    + " another coordinator, or its coach is no longer active. The list below is up to date.";
        }
        if (e.is("coach-has-no-room")) {
            return "This proposal could not be confirmed: the coach has no room for another person now. Decline it,"
                    + " and the person will be offered another coach.";
        }
        if (e.is("coach-on-hold")) {
            return "This proposal could not be confirmed: the coach is on hold until their DBS check or supervision"
                    + " is up to date. Decline it, and the person will be offered another coach.";
        }
        return "This proposal could not be confirmed. " + e.summary();
    }

    static String refusedChoice(ServiceProblem e, String name) {
        String who = name == null || name.isBlank() ? "This person" : name;
        if (e.is("not-possible-now")) {
            return who + " already has a coach, or is no longer waiting. The waiting list shows who still needs one.";
        }
        if (e.is("coach-has-no-room")) {
            return "That coach has no room for another person now. Choose another coach.";
        }
        return e.summary();
    }

    static String refusedDecline(ServiceProblem e) {
        if (e.status == 404) {
            return "This proposal could not be declined: it is no longer on your list.";
        }
        if (e.is("not-possible-now")) {
            return "This proposal could not be declined: it has already been confirmed or declined, perhaps by"
                    + " another coordinator. The list below is up to date.";
        }
        return "This proposal could not be declined. " + e.summary();
    }

    private static String who(Match m) {
        return m.personFirstName() == null ? "The person" : m.personName();
    }

    private static Map<String, Object> body(String field, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put(field, value == null || value.isBlank() ? null : value.strip());
        return body;
    }

    private static Response back(String notice) {
        return Response.seeOther(URI.create("/coordinator/proposals")).cookie(Flash.notice(notice)).build();
    }
}
