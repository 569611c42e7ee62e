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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "For admins: who read or changed which record")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** One read or change: who (token subject and role), what, of which record, and whether it was allowed. */
    public record AuditRow(@Schema(required = true) long id, @Schema(required = true) Instant at,
            @Schema(required = true) String actor, @Schema(required = true) String actorRole,
            @Schema(required = true) String action, @Schema(required = true) String subjectType,
            String subjectId, @Schema(required = true) String outcome) {}

    @Inject
    AuditTrail trail;

    @GET
    @Transactional
    @Operation(summary = "Who read or changed which record, newest first (admins only)")
    @APIResponse(responseCode = "200", description = "The entries, newest first, at most limit")
    public List<AuditRow> search(
            @Parameter(description = "Only this kind of record, for example referral") @QueryParam("subjectType")
            String subjectType,
            @Parameter(description = "Only this record's id") @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Only what this signed-in caller (token subject) did") @QueryParam("actor")
            String actor,
            @Parameter(description = "At most this many entries") @QueryParam("limit") @DefaultValue("100") @Min(1)
            @Max(1000) int limit) {
        return trail.find(subjectType, subjectId, actor, limit).stream()
                .map(e -> new AuditRow(e.id, e.at, e.actor, e.actorRole, e.action, e.subjectType, e.subjectId, e.outcome))
                .toList();
    }
}
