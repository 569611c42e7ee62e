package org.peercoaching.kit.deadletters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peercoaching.kit.security.Caller;
import org.peercoaching.kit.security.Roles;

@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Events this service could not apply, newest first: where each came from, why, and whether it was replayed (operators only; never the event's data)")
    public List<DeadLetters.DeadLetter> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Put a dead letter back on its original topic once its cause is fixed; 409 if already replayed unless again=true")
    public DeadLetters.DeadLetter replay(@PathParam("partition") @Min(0) int partition,
            @PathParam("offset") @Min(0) long offset, @QueryParam("again") @DefaultValue("false") boolean again) {
        return deadLetters.replay(partition, offset, again, caller.id());
    }
}
