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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peercoaching.web.coordinator.Views.Alert;
import org.peercoaching.web.coordinator.Views.Coach;
import org.peercoaching.web.coordinator.Views.Match;
import org.peercoaching.web.coordinator.Views.Notification;
import org.peercoaching.web.coordinator.Views.WaitingPerson;
import org.peercoaching.web.pages.Flash;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.Loaded;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** The coordinator's home: what needs them today, most urgent first. */
@Path("/coordinator")
@Produces(MediaType.TEXT_HTML)
public class CoordinatorHomeResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(Loaded<Alert> escalations, Loaded<Alert> dbsRenewals,
                Loaded<Alert> otherAlerts, Loaded<Match> proposals, Loaded<WaitingPerson> waiting,
                Loaded<Coach> flagged, Loaded<Notification> webhooks, Map<UUID, String> coachNames, String notice,
                UUID alertWithError, FormErrors errors);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final Flash flash;

    public CoordinatorHomeResource(Viewer viewer, ServiceApi api, Flash flash) {
        this.viewer = viewer;
        this.api = api;
        this.flash = flash;
    }

    @GET
    public TemplateInstance home() {
        viewer.require(Viewer.COORDINATOR);
        return render(flash.take(), null, FormErrors.NONE);
    }

    @POST
    @Path("/alerts/{alertId}/close")
    public Response close(@PathParam("alertId") UUID alertId, @FormParam("action") String action) {
        viewer.require(Viewer.COORDINATOR);
        try {
            api.post(Service.SCHEDULE, "/api/v1/alerts/" + alertId + "/closure", java.util.Collections.singletonMap("action", blankToNull(action)),
                    Void.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.errors.isEmpty()) {
                throw e;
            }
            return Response.status(400).entity(render(null, alertId,
                    FormErrors.from(e, FormErrors.fields().field("action", "action-" + alertId, "What was done",
                            "Say what was done before you close this")))).build();
        }
        return Response.seeOther(URI.create("/coordinator")).cookie(Flash.notice("The alert was closed.")).build();
    }

    private TemplateInstance render(String notice, UUID alertWithError, FormErrors errors) {
        Loaded<Alert> alerts = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/alerts",
                new TypeReference<List<Alert>>() {}));
        Loaded<Alert> escalations = new Loaded<>(alerts.items().stream().filter(Alert::escalation).toList(),
                alerts.problem());
        Loaded<Alert> dbsRenewals = new Loaded<>(alerts.items().stream().filter(Alert::dbsRenewalDue).toList(),
                alerts.problem());
        Loaded<Alert> others = new Loaded<>(alerts.items().stream()
                .filter(a -> !a.escalation() && !a.dbsRenewalDue()).toList(), alerts.problem());
        Loaded<Match> proposals = Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/matches?status=PROPOSED",
                new TypeReference<List<Match>>() {}));
        Loaded<WaitingPerson> waiting = Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/waiting-list",
                new TypeReference<List<WaitingPerson>>() {}));
        Loaded<Coach> roster = Loaded.of(() -> api.get(Service.VOLUNTEER, "/api/v1/volunteers?size=200",
                Views.RosterPage.class).items());
        // a coach on hold takes no new people, so they come before coaches with something merely due
        Loaded<Coach> flagged = new Loaded<>(roster.items().stream().filter(Coach::needsAttention)
                .sorted(Comparator.comparing((Coach c) -> !c.onHold()).thenComparing(Coach::name)).toList(),
                roster.problem());
        Loaded<Notification> webhooks = Loaded.of(() -> api.get(Service.MATCHING,
                "/api/v1/pathway-notifications?state=failing", new TypeReference<List<Notification>>() {}));
        Map<UUID, String> names = roster.items().stream()
                .collect(Collectors.toMap(Coach::id, Coach::name, (a, b) -> a));
        return Templates.home(escalations, dbsRenewals, others, proposals, waiting, flagged, webhooks, names, notice,
                alertWithError, errors);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
