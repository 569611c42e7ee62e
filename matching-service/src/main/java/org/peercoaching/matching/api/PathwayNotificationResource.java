package org.peercoaching.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.domain.pathway.PathwayNotifications;

@Path("/api/v1/pathway-notifications")
@Tag(name = "Pathway notifications", description = "What the pathways' webhooks were told, and what is still failing")
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
public class PathwayNotificationResource {

    public record NotificationView(UUID id, UUID referralId, String pathway, String type, int attempts,
            Integer lastStatus, String lastError, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {}

    private final PathwayNotifications notifications;

    public PathwayNotificationResource(PathwayNotifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @Transactional
    @Operation(summary = "Webhook notifications to pathways (ids and delivery state only): failing ones for a coordinator"
            + " or an admin to follow up")
    public List<NotificationView> list(@QueryParam("state") @DefaultValue("failing")
            @Pattern(regexp = "^(failing|pending|delivered|all)$", message = "must be failing, pending, delivered or all")
            String state) {
        return notifications.listed(state).stream()
                .map(n -> new NotificationView(n.id, n.referralId, n.pathway, n.eventType, n.attempts, n.lastStatus,
                        n.lastError, n.deliveredAt == null ? n.nextAttemptAt : null, n.deliveredAt, n.createdAt))
                .toList();
    }
}
