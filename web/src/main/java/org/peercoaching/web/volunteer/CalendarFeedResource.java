package org.peercoaching.web.volunteer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;

/**
 * The calendar feed at the same address as the pages, so a coach's calendar app needs only this one site. The
 * secret token in the address is the only key: schedule-service checks it.
 */
@Path("/calendars")
public class CalendarFeedResource {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final ServiceApi api;

    public CalendarFeedResource(ServiceApi api) {
        this.api = api;
    }

    @GET
    @Path("/{token}.ics")
    public Response feed(@PathParam("token") String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Response.status(404).type("text/plain").entity("No such calendar").build();
        }
        String ics = api.getText(Service.SCHEDULE, "/api/v1/calendars/" + token + ".ics", "text/calendar");
        // no-store like every page (NoStore): it holds first names and call times
        return Response.ok(ics, "text/calendar; charset=utf-8").build();
    }
}
