package org.peercoaching.volunteer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.audit.AuditTrail;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRegistration;

/**
 * A coordinator's volunteers as a spreadsheet: export, and all-or-nothing import, in the layout
 * docs/volunteer-api.md describes. Only the signed-in coordinator's own coaches go out or can be updated.
 */
@Path("/api/v1/volunteers/csv")
@Tag(name = "Volunteers")
public class VolunteerCsvResource {

    public static final String CSV = "text/csv";
    public static final String IMPORT_REFUSED = ProblemTypes.BASE + "csv-import-refused";

    /** problem+json for a refused import: every bad cell by spreadsheet row (header = row 1) and column. */
    @Schema(requiredProperties = {"type", "title", "status", "detail", "errors"})
    public record ImportProblem(String type, String title, int status, String detail, String instance,
            List<VolunteerCsv.CellError> errors) {}

    @Schema(requiredProperties = {"imported", "registered", "updated"})
    public record ImportResult(int imported, long registered, long updated) {}

    private final VolunteerRegistration registration;
    private final Validator validator;
    private final CoachAccess access;
    private final AuditTrail audit;

    public VolunteerCsvResource(VolunteerRegistration registration, Validator validator, CoachAccess access,
            AuditTrail audit) {
        this.registration = registration;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(VolunteerResource.SUBJECT)
    @Operation(summary = "Export the signed-in coordinator's volunteers as CSV (optionally only those with this"
            + " coordinator name on their profile), oldest registration first")
    @APIResponse(responseCode = "200", description = "The volunteers, one a row, in the documented layout",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("coordinator") String coordinator) {
        List<Volunteer> list = access.ownCoaches().stream()
                .filter(v -> coordinator == null || coordinator.isBlank()
                        || (v.coordinator != null && v.coordinator.equalsIgnoreCase(coordinator.strip())))
                .toList();
        return Response.ok(VolunteerCsv.write(list), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"volunteers.csv\"")
                .build();
    }

    @POST
    @Consumes({CSV, "text/plain"})
    @Produces("application/json")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Import volunteers from CSV: every row is checked first, then all are imported or none."
            + " Rows without an id register new applicants looked after by the signed-in coordinator; rows with an"
            + " id update that volunteer's profile, which must be one of the coordinator's own coaches.")
    @APIResponse(responseCode = "200", description = "Every row was imported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Nothing was imported: every bad cell is named by row and column",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportProblem.class)))
    public Response importCsv(String body, UriInfo uri) {
        Set<UUID> own = access.ownCoachIds();
        VolunteerCsv.Reading reading = VolunteerCsv.read(body, validator, own::contains);
        if (!reading.errors().isEmpty()) {
            long rows = reading.errors().stream().map(VolunteerCsv.CellError::row).distinct().count();
            String detail = "Nothing was imported. " + reading.errors().size() + " problem"
                    + (reading.errors().size() == 1 ? "" : "s") + " on " + rows + " row" + (rows == 1 ? "" : "s")
                    + "; correct them and import the whole file again.";
            return Response.status(422).type(Problem.MEDIA_TYPE)
                    .entity(new ImportProblem(IMPORT_REFUSED, "The file was not imported", 422, detail,
                            uri.getRequestUri().getRawPath(), reading.errors()))
                    .build();
        }
        for (Volunteer v : registration.importAll(reading.rows(), access.callerId())) {
            audit.record(VolunteerResource.SUBJECT, v.id.toString(), "allowed");
        }
        long updated = reading.rows().stream().filter(r -> r.id() != null).count();
        return Response.ok(new ImportResult(reading.rows().size(), reading.rows().size() - updated, updated)).build();
    }
}
