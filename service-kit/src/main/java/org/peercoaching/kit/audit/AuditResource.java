package org.peercoaching.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peercoaching.kit.security.Roles;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    public record AuditRow(long id, Instant at, String actor, String actorRole, String action,
            String subjectType, String subjectId, String outcome) {}

    @Inject
    AuditTrail trail;

    @GET
    @Transactional
    @Operation(summary = "Who read or changed which record, newest first (admins only)")
    public List<AuditRow> search(@QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("actor") String actor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return trail.find(subjectType, subjectId, actor, limit).stream()
                .map(e -> new AuditRow(e.id, e.at, e.actor, e.actorRole, e.action, e.subjectType, e.subjectId, e.outcome))
                .toList();
    }
}
