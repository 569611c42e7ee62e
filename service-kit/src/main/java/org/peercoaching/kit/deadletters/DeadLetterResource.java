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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.security.Caller;
import org.peercoaching.kit.security.Roles;

@Path("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "For admins: events this service could not apply, and replaying them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Events this service could not apply, newest first: where each came from, why, and whether it was replayed (operators only; never the event's data)")
    @APIResponse(responseCode = "200", description = "The dead letters, newest first, at most limit")
    public List<DeadLetters.DeadLetter> list(@Parameter(description = "At most this many")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Put a dead letter back on its original topic once its cause is fixed; 409 if already replayed unless again=true")
    @APIResponse(responseCode = "200", description = "Replayed; the dead letter with this replay listed first")
    @APIResponse(responseCode = "404", description = "No dead letter at this partition and offset")
    @APIResponse(responseCode = "409", description = "Already replayed, and again=true was not given")
    @APIResponse(responseCode = "422", description = "The dead letter does not say which topic it came from")
    public DeadLetters.DeadLetter replay(
            @Parameter(description = "The dead-letter topic's partition") @PathParam("partition") @Min(0) int partition,
            @Parameter(description = "The offset in that partition") @PathParam("offset") @Min(0) long offset,
            @Parameter(description = "Replay even if it was replayed before") @QueryParam("again")
            @DefaultValue("false") boolean again) {
        return deadLetters.replay(partition, offset, again, caller.id());
    }
}
