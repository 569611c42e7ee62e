package org.peercoaching.schedule.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.schedule.domain.alert.AlertNote;
import org.peercoaching.schedule.domain.alert.AlertNoteRepository;
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.CallPlanRepository;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "The coordinator's alert list: escalations, missed calls, no common slot, DBS renewals due")
public class AlertsResource {

    private final AlertRepository alerts;
    private final AlertNoteRepository notes;
    private final CallPlanRepository plans;
    private final CoachAccess access;
    private final Validator validator;

    public AlertsResource(AlertRepository alerts, AlertNoteRepository notes, CallPlanRepository plans,
            CoachAccess access, Validator validator) {
        this.alerts = alerts;
        this.notes = notes;
        this.plans = plans;
        this.access = access;
        this.validator = validator;
    }

    /** What was done, or what the clinical team was told. */
    public record NoteBody(@NotBlank(message = "is required: what was done")
            @Size(max = 2000, message = "must be at most 2000 characters") String note) {}

    public record Closure(@NotBlank(message = "is required: what was done")
            @Size(max = 2000, message = "must be at most 2000 characters") String action) {}

    @GET
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited("alert")
    @Operation(summary = "Open alerts on your own coaches, oldest first (state=all for closed ones too, newest first)")
    public List<AlertView> list(
            @Parameter(description = "open or all; absent or empty: open", allowEmptyValue = true,
                    schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"open", "all"}, defaultValue = "open"))
            @QueryParam("state") @Pattern(regexp = "open|all", message = "must be open or all") String state) {
        String coordinator = access.coordinatorId();
        return views("all".equals(state) ? alerts.allFor(coordinator) : alerts.openFor(coordinator));
    }

    @POST
    @Path("/{alertId}/closure")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = "alert", idParam = "alertId")
    @Operation(summary = "Close an alert on one of your coaches with the action taken; closing twice is 409")
    @APIResponse(responseCode = "200", description = "Closed; the alert as it now stands")
    @APIResponse(responseCode = "409", description = "The alert was already closed")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView close(@PathParam("alertId") UUID alertId, Closure request) {
        CoordinatorAlert alert = alerts.findById(alertId);
        access.requireCoach(alert == null ? null : alert.coachId, "Alert " + alertId);
        Closure body = Bodies.valid(validator, request);
        return view(alerts.close(alertId, body.action(), access.callerId()));
    }

    @POST
    @Path("/{alertId}/notes")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = "alert", idParam = "alertId")
    @Operation(summary = "Note what was done about an open alert on one of your coaches (you and the time are"
            + " recorded with it); a closed alert is 409")
    @APIResponse(responseCode = "200", description = "Noted; the alert as it now stands")
    @APIResponse(responseCode = "409", description = "The alert is closed")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView note(@PathParam("alertId") UUID alertId, NoteBody request) {
        return noted(alertId, AlertNote.Kind.NOTE, request);
    }

    @POST
    @Path("/{alertId}/clinical-escalation")
    @Transactional
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(value = "alert", idParam = "alertId")
    @Operation(summary = "Record that an open alert on one of your coaches was passed to the clinical team, with"
            + " what they were told (you and the time are recorded); the alert stays open until closed. Once per"
            + " alert: a second time, or a closed alert, is 409")
    @APIResponse(responseCode = "200", description = "Recorded; the alert as it now stands")
    @APIResponse(responseCode = "409", description = "The alert is closed, or the clinical team was already told")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView escalateToClinicalTeam(@PathParam("alertId") UUID alertId, NoteBody request) {
        return noted(alertId, AlertNote.Kind.CLINICAL_ESCALATION, request);
    }

    private AlertView noted(UUID alertId, AlertNote.Kind kind, NoteBody request) {
        CoordinatorAlert alert = alerts.findById(alertId);
        access.requireCoach(alert == null ? null : alert.coachId, "Alert " + alertId);
        NoteBody body = Bodies.valid(validator, request);
        alerts.note(alertId, kind, body.note(), access.callerId());
        return view(alerts.findById(alertId));
    }

    private AlertView view(CoordinatorAlert alert) {
        return views(List.of(alert)).get(0);
    }

    /** Each alert with its person (from the plan) and its notes: two queries for the whole list. */
    private List<AlertView> views(List<CoordinatorAlert> list) {
        Map<UUID, CallPlan> byPlan = plans.byId(list.stream().map(a -> a.planId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<UUID, List<AlertNote>> byAlert = notes.byAlert(list.stream().map(a -> a.id).toList());
        return list.stream().map(a -> AlertView.of(a, a.planId == null ? null : byPlan.get(a.planId),
                byAlert.getOrDefault(a.id, List.of()))).toList();
    }
}
