package org.peercoaching.volunteer.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.volunteer.domain.Volunteer;
import org.peercoaching.volunteer.domain.VolunteerRegistration;
import org.peercoaching.volunteer.domain.VolunteerRepository;

/** Volunteers as a spreadsheet: export, and all-or-nothing import, in the layout docs/volunteer-api.md describes. */
@Path("/api/v1/volunteers/csv")
@Tag(name = "Volunteers")
public class VolunteerCsvResource {

    public static final String CSV = "text/csv";
    public static final String IMPORT_REFUSED = ProblemTypes.BASE + "csv-import-refused";

    /** problem+json for a refused import: every bad cell by spreadsheet row (header = row 1) and column. */
    public record ImportProblem(String type, String title, int status, String detail, String instance,
            List<VolunteerCsv.CellError> errors) {}

    public record ImportResult(int imported, long registered, long updated) {}

    private final VolunteerRegistration registration;
    private final VolunteerRepository volunteers;
    private final Validator validator;

    public VolunteerCsvResource(VolunteerRegistration registration, VolunteerRepository volunteers, Validator validator) {
        this.registration = registration;
        this.volunteers = volunteers;
        this.validator = validator;
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "Export volunteers as CSV (optionally one coordinator's), oldest registration first")
    public Response export(@QueryParam("coordinator") String coordinator) {
        List<Volunteer> list = coordinator == null || coordinator.isBlank()
                ? volunteers.list("order by registeredAt, id")
                : volunteers.list("lower(coordinator) = ?1 order by registeredAt, id", coordinator.strip().toLowerCase());
        return Response.ok(VolunteerCsv.write(list), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"volunteers.csv\"")
                .build();
    }

    @POST
    @Consumes({CSV, "text/plain"})
    @Produces("application/json")
    @Operation(summary = "Import volunteers from CSV: every row is checked first, then all are imported or none."
            + " Rows without an id register new applicants; rows with an id update that volunteer's profile.")
    public Response importCsv(String body, UriInfo uri) {
        VolunteerCsv.Reading reading = VolunteerCsv.read(body, validator, id -> volunteers.findById(id) != null);
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
        registration.importAll(reading.rows());
        long updated = reading.rows().stream().filter(r -> r.id() != null).count();
        return Response.ok(new ImportResult(reading.rows().size(), reading.rows().size() - updated, updated)).build();
    }
}
