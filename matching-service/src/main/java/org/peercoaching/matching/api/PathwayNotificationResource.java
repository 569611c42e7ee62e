package org.peercoaching.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.pathway.PathwayNotifications;

@Path("/api/v1/pathway-notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathway notifications", description = "What the pathways' webhooks were told, and what is still failing")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PathwayNotificationResource {

    public record NotificationView(@Schema(required = true) UUID id, @Schema(required = true) UUID referralId,
            @Schema(required = true) String pathway, @Schema(required = true) String type,
            @Schema(required = true) int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
            Instant deliveredAt, @Schema(required = true) Instant createdAt) {}

    private final PathwayNotifications notifications;

    public PathwayNotificationResource(PathwayNotifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @Transactional
    @Operation(summary = "Webhook notifications to pathways (ids and delivery state only): failing ones for a coordinator"
            + " or an admin to follow up")
    @APIResponse(responseCode = "200", description = "The notifications")
    public List<NotificationView> list(@Parameter(description = "failing (default): not delivered and failed at least"
            + " once; pending: not delivered yet; delivered; or all", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"failing", "pending", "delivered", "all"}, defaultValue = "failing"))
            @QueryParam("state") @DefaultValue("failing")
            @Pattern(regexp = "^(failing|pending|delivered|all)$", message = "must be failing, pending, delivered or all")
            String state) {
        return notifications.listed(state).stream()
                .map(n -> new NotificationView(n.id, n.referralId, n.pathway, n.eventType, n.attempts, n.lastStatus,
                        n.lastError, n.deliveredAt == null ? n.nextAttemptAt : null, n.deliveredAt, n.createdAt))
                .toList();
    }
}
