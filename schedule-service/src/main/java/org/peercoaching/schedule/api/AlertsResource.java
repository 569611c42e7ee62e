package org.peercoaching.schedule.api;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.schedule.domain.alert.AlertRepository;

@Path("/api/v1/alerts")
@Tag(name = "Alerts", description = "The coordinator's alert list: escalations, missed calls, no common slot")
public class AlertsResource {

    private final AlertRepository alerts;

    public AlertsResource(AlertRepository alerts) {
        this.alerts = alerts;
    }

    public record Closure(@NotBlank(message = "is required: what was done")
            @Size(max = 2000, message = "must be at most 2000 characters") String action) {}

    @GET
    @Transactional
    @Operation(summary = "Open alerts, oldest first (state=all for closed ones too, newest first)")
    public List<AlertView> list(@QueryParam("state") @DefaultValue("open")
            @Pattern(regexp = "open|all", message = "must be open or all") String state) {
        return ("all".equals(state) ? alerts.all() : alerts.open()).stream().map(AlertView::of).toList();
    }

    @POST
    @Path("/{alertId}/closure")
    @Transactional
    @Operation(summary = "Close an alert with the action taken; closing twice is 409")
    public AlertView close(@PathParam("alertId") UUID alertId, @NotNull(message = "is required") @Valid Closure body) {
        return AlertView.of(alerts.close(alertId, body.action()));
    }
}
