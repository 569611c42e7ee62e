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
import org.peercoaching.web.coordinator.Views.AlertCard;
import org.peercoaching.web.coordinator.Views.Referral;
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
        static native TemplateInstance home(Loaded<AlertCard> escalations, Loaded<Alert> dbsRenewals,
                Loaded<AlertCard> otherAlerts, Loaded<Match> proposals, Loaded<WaitingPerson> waiting,
                Loaded<Coach> flagged, Loaded<Notification> webhooks, Map<UUID, String> coachNames, String notice,
                UUID alertWithError, FormErrors errors, String you);
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

    /**
     * No time fits both: the person goes back to the waiting list, first in line, for a coach whose call times fit
     * (matching's re-match), and the alert is closed saying so.
     */
    @POST
    @Path("/alerts/{alertId}/rematch")
    public Response findAnotherCoach(@PathParam("alertId") UUID alertId) {
        viewer.require(Viewer.COORDINATOR);
        Alert alert = api.get(Service.SCHEDULE, "/api/v1/alerts", new TypeReference<List<Alert>>() {}).stream()
                .filter(a -> alertId.equals(a.alertId()) && a.noCommonSlot() && a.referralId() != null).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "Not found", "This alert is no longer open: it may"
                        + " already have been dealt with.", null, null));
        UUID referralId = alert.referralId();
        String name = blankToNull(alert.personFirstName());
        String stage = alert.stage();
        String calls = blankToNull(stage) == null ? "their calls"
                : "the " + org.peercoaching.web.pages.Words.plain(stage).toLowerCase(java.util.Locale.UK) + " calls";
        api.post(Service.MATCHING, "/api/v1/referrals/" + referralId + "/rematch", java.util.Collections.singletonMap(
                "reason", "No time fits both " + (name == null ? "the person" : name) + " and their coach for " + calls), Void.class);
        api.post(Service.SCHEDULE, "/api/v1/alerts/" + alertId + "/closure", java.util.Collections.singletonMap(
                "action", "Found " + (name == null ? "the person" : name) + " another coach: back on the waiting list,"
                        + " first in line"), Void.class);
        return Response.seeOther(URI.create("/coordinator")).cookie(Flash.notice((name == null ? "The person" : name) + " is back on the waiting list,"
                + " first in line for a coach whose call times fit. The alert was closed.")).build();
    }

    /** Note what was done about a concern: recorded by schedule-service with who and when. */
    @POST
    @Path("/alerts/{alertId}/notes")
    public Response note(@PathParam("alertId") UUID alertId, @FormParam("note") String note) {
        return noted(alertId, "notes", "note-", note, "Your note was added.",
                "Say what was done, for example: rang the person and left a message");
    }

    /** Record that the concern was passed to the clinical team, with what they were told. */
    @POST
    @Path("/alerts/{alertId}/clinical-escalation")
    public Response tellClinicalTeam(@PathParam("alertId") UUID alertId, @FormParam("note") String note) {
        return noted(alertId, "clinical-escalation", "clinical-", note,
                "Recorded that the clinical team was told. Close the concern when it is dealt with.",
                "Say who in the clinical team you told and what you told them");
    }

    private Response noted(UUID alertId, String what, String fieldPrefix, String note, String notice, String error) {
        viewer.require(Viewer.COORDINATOR);
        try {
            api.post(Service.SCHEDULE, "/api/v1/alerts/" + alertId + "/" + what,
                    java.util.Collections.singletonMap("note", blankToNull(note)), Void.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.errors.isEmpty()) {
                throw e;
            }
            return Response.status(400).entity(render(null, alertId, FormErrors.from(e, FormErrors.fields()
                    .field("note", fieldPrefix + alertId, "What was done", error)))).build();
        }
        return Response.seeOther(URI.create("/coordinator#alert-" + alertId)).cookie(Flash.notice(notice)).build();
    }

    private TemplateInstance render(String notice, UUID alertWithError, FormErrors errors) {
        Loaded<Alert> alerts = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/alerts",
                new TypeReference<List<Alert>>() {}));

        Loaded<Alert> dbsRenewals = new Loaded<>(alerts.items().stream().filter(Alert::dbsRenewalDue).toList(),
                alerts.problem());
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
        Map<UUID, Coach> coaches = roster.items().stream()
                .collect(Collectors.toMap(Coach::id, c -> c, (a, b) -> a));
        // crises first, then other concerns by severity, then the longest waiting
        List<Alert> concerns = alerts.items().stream().filter(Alert::escalation)
                .sorted(Comparator.comparingInt(Alert::severity).thenComparing(Alert::raisedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Alert> otherAlerts = alerts.items().stream().filter(a -> !a.escalation() && !a.dbsRenewalDue()).toList();
        Map<UUID, Referral> people = referrals(java.util.stream.Stream.concat(concerns.stream(),
                otherAlerts.stream().filter(Alert::noCommonSlot)).map(Alert::referralId).toList());
        Loaded<AlertCard> escalations = new Loaded<>(concerns.stream()
                .map(a -> card(a, people, coaches)).toList(), alerts.problem());
        Loaded<AlertCard> others = new Loaded<>(otherAlerts.stream()
                .map(a -> card(a, people, coaches)).toList(), alerts.problem());
        return Templates.home(escalations, dbsRenewals, others, proposals, waiting, flagged, webhooks, names, notice,
                alertWithError, errors, viewer.id());
    }

    private static AlertCard card(Alert a, Map<UUID, Referral> people, Map<UUID, Coach> coaches) {
        return new AlertCard(a, a.referralId() == null ? null : people.get(a.referralId()),
                a.coachId() == null ? null : coaches.get(a.coachId()));
    }

    /**
     * Who each person is (name, phone, pathway, conditions), from matching-service: one read per person with a
     * concern or no call time. A person matching cannot show now keeps the first name and phone the alert carries.
     */
    private Map<UUID, Referral> referrals(List<UUID> ids) {
        Map<UUID, Referral> found = new java.util.HashMap<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            try {
                Referral referral = api.get(Service.MATCHING, "/api/v1/referrals/" + id, Referral.class);
                if (referral != null) {
                    found.put(id, referral);
                }
            } catch (ServiceProblem e) {
                if (e.signedOut()) {
                    throw e;
                }
            }
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
