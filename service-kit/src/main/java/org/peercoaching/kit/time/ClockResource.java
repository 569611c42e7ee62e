package org.peercoaching.kit.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;

/**
 * This service's clock. Admins read it anywhere; only a simulated clock (local rehearsals and acceptance
 * runs) can be moved, and moving it runs this service's time-driven work at each moment it falls due.
 * To move all three services together, use the suite launcher's clock (docs/operations.md).
 */
@Path("/api/v1/clock")
@Tag(name = "Clock", description = "For admins: this service's clock, and moving a simulated one")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClockResource {

    public static final String NOT_MOVABLE = ProblemTypes.BASE + "clock-not-movable";

    @Inject
    SuiteClock suiteClock;

    @Schema(description = "Move the clock forward by a duration or to an instant; give exactly one.")
    public record AdvanceBody(
            @Schema(description = "ISO-8601 duration in days, hours or minutes, for example P7D or PT6H", example = "P7D")
            String by,
            @Schema(description = "An instant in UTC, later than now", example = "2027-03-01T09:00:00Z")
            String to) {}

    @GET
    @Operation(summary = "This service's clock: now, whether it is simulated, when its time-driven work is next due,"
            + " and how many events it has written (admins only)")
    @APIResponse(responseCode = "200", description = "The clock now")
    public SuiteClock.Status status() {
        return suiteClock.status();
    }

    @GET
    @Path("/events")
    @Operation(summary = "How many events this service has written since it started and how many are not yet sent to"
            + " Kafka (admins only): what the suite's clock polls while it waits for events to settle, cheaper than"
            + " reading the whole clock")
    @APIResponse(responseCode = "200", description = "The outbox counts now")
    public SuiteClock.Events events() {
        return suiteClock.events();
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move this service's simulated clock forward, running every piece of time-driven work that"
            + " falls due on the way, in time order; answers when done. 409 when the clock is the real one.")
    @APIResponse(responseCode = "200", description = "The clock after the move")
    @APIResponse(responseCode = "400", description = "Neither or both of by and to, a malformed value, or not forward")
    @APIResponse(responseCode = "409", description = "This service runs on the real clock, which nobody can move")
    public SuiteClock.Status advance(@RequestBody(required = true) AdvanceBody body) {
        Instant target = targetOf(body, suiteClock.now());
        if (!suiteClock.isSimulated()) {
            throw ProblemException.conflict(NOT_MOVABLE, "This service runs on the real clock, which cannot be"
                    + " moved. Only a local or test run started with the simulated clock can move time.");
        }
        return suiteClock.advanceTo(target);
    }

    static Instant targetOf(AdvanceBody body, Instant now) {
        boolean hasBy = body != null && body.by() != null && !body.by().isBlank();
        boolean hasTo = body != null && body.to() != null && !body.to().isBlank();
        if (hasBy == hasTo) {
            throw ProblemException.invalidField(hasBy ? "to" : "by",
                    "Give exactly one of by (a duration such as P7D) and to (an instant such as 2027-03-01T09:00:00Z).");
        }
        if (hasBy) {
            Duration by;
            try {
                by = Duration.parse(body.by().trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("by", "Must be an ISO-8601 duration in days, hours or minutes,"
                        + " such as P7D or PT6H.");
            }
            if (by.isNegative() || by.isZero()) {
                throw ProblemException.invalidField("by", "Must move the clock forward: a duration above zero.");
            }
            return now.plus(by);
        }
        Instant to;
        try {
            to = Instant.parse(body.to().trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("to", "Must be an instant in UTC, such as 2027-03-01T09:00:00Z.");
        }
        if (to.isBefore(now)) {
            throw ProblemException.invalidField("to", "Must not be before the clock's current time, " + now + ".");
        }
        return to;
    }
}
