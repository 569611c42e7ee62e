package org.peercoaching.web.coordinator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.ByteBuffer;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** Importing volunteers from a spreadsheet saved as CSV: all rows or none, with every bad cell listed. */
@Path("/coordinator/import")
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    public record Result(int imported, long registered, long updated) {}

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance importPage(Result result, String problem, List<ServiceProblem.CellError> cells,
                String fileName);
    }

    private final Viewer viewer;
    private final ServiceApi api;

    public ImportResource(Viewer viewer, ServiceApi api) {
        this.viewer = viewer;
        this.api = api;
    }

    @GET
    public TemplateInstance page() {
        viewer.require(Viewer.COORDINATOR);
        return Templates.importPage(null, null, List.of(), "");
    }

    @GET
    @Path("/template.csv")
    @Produces("text/csv")
    public Response export() {
        viewer.require(Viewer.COORDINATOR);
        return Response.ok(api.getText(Service.VOLUNTEER, "/api/v1/volunteers/csv", "text/csv"), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"volunteers.csv\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        viewer.require(Viewer.COORDINATOR);
        if (file == null || file.size() == 0) {
            return refused("Choose a CSV file to import.", List.of(), "");
        }
        String name = file.fileName() == null ? "" : file.fileName();
        String csv;
        try {
            csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
        } catch (CharacterCodingException e) {
            return refused("The file must be a CSV file saved as UTF-8. In Excel choose \"CSV UTF-8\" when you save.",
                    List.of(), name);
        } catch (IOException e) {
            return refused("The file could not be read. Try again.", List.of(), name);
        }
        try {
            Result result = api.postText(Service.VOLUNTEER, "/api/v1/volunteers/csv", "text/csv", csv, Result.class);
            return Response.ok(Templates.importPage(result, null, List.of(), name)).build();
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status >= 500) {
                throw e;
            }
            return refused(e.summary(), e.cells, name);
        }
    }

    private static Response refused(String problem, List<ServiceProblem.CellError> cells, String name) {
        return Response.status(cells.isEmpty() ? 400 : 422).entity(Templates.importPage(null, problem, cells, name))
                .build();
    }
}
