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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.peercoaching.web.coordinator.Views.Match;
import org.peercoaching.web.coordinator.Views.RosterPage;
import org.peercoaching.web.coordinator.Views.SupervisionSession;
import org.peercoaching.web.coordinator.Views.Volunteer;
import org.peercoaching.web.coordinator.Views.Week;
import java.time.LocalDate;
import org.peercoaching.web.pages.Flash;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.IsoWeek;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.Loaded;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** The coordinator's roster of 50-100 coaches, each coach's page, and pausing, resuming or ending a coach. */
@Path("/coordinator/coaches")
@Produces(MediaType.TEXT_HTML)
public class CoachesResource {

    static final List<String> STATUSES = List.of("ACTIVE", "PAUSED", "READY", "IN_TRAINING", "APPLICANT", "LEFT");
    static final Set<String> ACTIONS = Set.of("pause", "resume", "leave");
    static final Map<String, String> SORTS = Map.of("name", "Name", "-room", "Most room first", "room",
            "Least room first", "supervisionDueBy", "Supervision due soonest", "dbsRenewalDue", "DBS renewal soonest",
            "-hours", "Most hours first");

    /** The filters as chosen on the page, echoed back into the form. */
    public record Filters(String status, boolean flagged, boolean withRoom, String sort, int page) {}

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance roster(RosterPage roster, Filters filters, List<String> statuses,
                Map<String, String> sorts);

        static native TemplateInstance coach(Volunteer coach, Loaded<SupervisionSession> supervision,
                Loaded<Views.Person> people, Loaded<Views.Call> calls, String notice);

        static native TemplateInstance change(Volunteer coach, String action, Loaded<Match> people, FormErrors errors,
                String reason, String until);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final Flash flash;

    public CoachesResource(Viewer viewer, ServiceApi api, Flash flash) {
        this.viewer = viewer;
        this.api = api;
        this.flash = flash;
    }

    @GET
    public TemplateInstance roster(@QueryParam("status") String status, @QueryParam("flagged") String flagged,
            @QueryParam("withRoom") String withRoom, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        viewer.require(Viewer.COORDINATOR);
        String wantedStatus = status != null && STATUSES.contains(status) ? status : "";
        String wantedSort = sort != null && SORTS.containsKey(sort) ? sort : "name";
        int wantedPage = page != null && page.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(page) : 1;
        Filters filters = new Filters(wantedStatus, "on".equals(flagged), "on".equals(withRoom), wantedSort, wantedPage);
        StringBuilder query = new StringBuilder("/api/v1/volunteers?size=100&page=").append(wantedPage)
                .append("&sort=").append(enc(wantedSort));
        if (!wantedStatus.isEmpty()) {
            query.append("&status=").append(wantedStatus);
        }
        if (filters.flagged()) {
            query.append("&flagged=true");
        }
        if (filters.withRoom()) {
            query.append("&minRoom=1");
        }
        RosterPage roster = api.get(Service.VOLUNTEER, query.toString(), RosterPage.class);
        return Templates.roster(roster, filters, STATUSES, SORTS);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance coach(@PathParam("id") UUID id) {
        viewer.require(Viewer.COORDINATOR);
        Volunteer coach = api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
        Loaded<SupervisionSession> supervision = Loaded.of(() -> api.get(Service.VOLUNTEER,
                "/api/v1/volunteers/" + id + "/supervision-sessions", new TypeReference<List<SupervisionSession>>() {}));
        Loaded<Views.Call> calls = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + id + "/calls?week="
                        + IsoWeek.containing(LocalDate.now(London.ZONE)).code(),
                Week.class).calls());
        Loaded<Views.Person> people = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + id + "/people",
                Views.People.class).people());
        return Templates.coach(coach, supervision, people, calls, flash.take());
    }

    @GET
    @Path("/{id}/{action}")
    public TemplateInstance confirmChange(@PathParam("id") UUID id, @PathParam("action") String action) {
        viewer.require(Viewer.COORDINATOR);
        requireAction(action);
        Volunteer coach = api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
        return Templates.change(coach, action, peopleOf(id), FormErrors.NONE, "", "");
    }

    @POST
    @Path("/{id}/{action}")
    public Response change(@PathParam("id") UUID id, @PathParam("action") String action,
            @FormParam("reason") String reason, @FormParam("until") String until) {
        viewer.require(Viewer.COORDINATOR);
        requireAction(action);
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        if ("pause".equals(action)) {
            body.put("until", until == null || until.isBlank() ? null : until);
        }
        try {
            Volunteer v = api.post(Service.VOLUNTEER, "/api/v1/volunteers/" + id + "/" + action,
                    "resume".equals(action) ? null : body, Volunteer.class);
            String notice = switch (action) {
                case "pause" -> v.firstName() + " is paused. Their people are being re-matched with other coaches.";
                case "resume" -> v.firstName() + " is active again and can be matched with new people.";
                default -> v.firstName() + " has left the programme. Their people are being re-matched.";
            };
            return Response.seeOther(URI.create("/coordinator/coaches/" + id)).cookie(Flash.notice(notice)).build();
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            Volunteer coach = api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
            FormErrors errors = FormErrors.from(e, Map.of("reason", "reason", "until", "until"), Map.of(
                    "reason", "Say why, for example holiday or illness",
                    "until", "Enter a date from today onwards, or leave it empty"));
            return Response.status(e.status == 404 ? 404 : e.errors.isEmpty() ? 409 : 400)
                    .entity(Templates.change(coach, action, peopleOf(id), errors, reason == null ? "" : reason,
                            until == null ? "" : until))
                    .build();
        }
    }

    /** The people this coach is coaching now: the ones who would be re-matched if the coach paused or left. */
    private Loaded<Match> peopleOf(UUID coachId) {
        return Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/matches?status=CONFIRMED",
                new TypeReference<List<Match>>() {}).stream().filter(m -> coachId.equals(m.volunteerId())).toList());
    }

    private static void requireAction(String action) {
        if (!ACTIONS.contains(action)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
