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
import org.peercoaching.schedule.domain.alert.AlertRepository;
import org.peercoaching.schedule.domain.alert.CoordinatorAlert;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "The coordinator's alert list: escalations, missed calls, no common slot, DBS renewals due")
public class AlertsResource {

    private final AlertRepository alerts;
    private final CoachAccess access;
    private final Validator validator;

    public AlertsResource(AlertRepository alerts, CoachAccess access, Validator validator) {
        this.alerts = alerts;
        this.access = access;
        this.validator = validator;
    }

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
        return ("all".equals(state) ? alerts.allFor(coordinator) : alerts.openFor(coordinator)).stream()
                .map(AlertView::of).toList();
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
        return AlertView.of(alerts.close(alertId, body.action(), access.callerId()));
    }
}
