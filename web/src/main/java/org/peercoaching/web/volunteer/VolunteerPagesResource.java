package org.peercoaching.web.volunteer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peercoaching.web.pages.Flash;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.IsoWeek;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.PagesClock;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/** The volunteer coach's pages, phone first: this week's calls, recording a call, raising a concern. */
@Path("/volunteer")
@Produces(MediaType.TEXT_HTML)
public class VolunteerPagesResource {

    /** The outcome form's fields in the page's words (schedule-service's are for developers). */
    static final FormErrors.Fields OUTCOME_FIELDS = FormErrors.fields()
            .field("outcome", "outcome", "What happened", "Choose what happened on the call")
            .field("durationMinutes", "durationMinutes", "How many minutes you talked",
                    "Enter how many minutes you talked, from 1 to 180")
            .field("confidence", "confidence", "How confident they feel", "Enter how confident they feel, from 1 to 10")
            .field("goals.topic", "topic", "Topic", "Enter the topic in 1000 characters or fewer")
            .field("goals.goal", "goal", "Their goal", "Enter their goal in 1000 characters or fewer")
            .field("goals.reality", "reality", "Where they are now",
                    "Enter where they are now in 1000 characters or fewer")
            .field("goals.options", "options", "Options they thought of",
                    "Enter the options they thought of in 1000 characters or fewer")
            .field("goals.wayForward", "wayForward", "Their next step",
                    "Enter their next step in 1000 characters or fewer")
            .field("notes", "notes", "Notes for your coordinator",
                    "Enter your notes for your coordinator in 4000 characters or fewer")
            .field("rescheduleTo", "rescheduleTo", "The new date and time",
                    "Enter the new date and time of the call, after now");

    static final FormErrors.Fields CONCERN_FIELDS = FormErrors.fields()
            .field("category", "category", "What kind of concern", "Choose what kind of concern it is")
            .field("detail", "detail", "What happened", "Say what happened and what you have done");

    /** The outcome form as typed, echoed back when something needs correcting. */
    public static class OutcomeForm {
        @FormParam("outcome") public String outcome;
        @FormParam("durationMinutes") public String durationMinutes;
        @FormParam("confidence") public String confidence;
        @FormParam("topic") public String topic;
        @FormParam("goal") public String goal;
        @FormParam("reality") public String reality;
        @FormParam("options") public String options;
        @FormParam("wayForward") public String wayForward;
        @FormParam("notes") public String notes;
        @FormParam("rescheduleTo") public String rescheduleTo;

        static OutcomeForm empty() {
            OutcomeForm f = new OutcomeForm();
            f.outcome = "";
            return f;
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance week(IsoWeek week, List<WeekView.Call> calls, WeekView.NextCall nextCall,
                String notice, String feedUrl, boolean thisWeek);

        static native TemplateInstance call(CallPage call, IsoWeek week, OutcomeForm form, FormErrors errors,
                FormErrors concernErrors, String category, String detail, String notice);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final Flash flash;

    public VolunteerPagesResource(Viewer viewer, ServiceApi api, Flash flash) {
        this.viewer = viewer;
        this.api = api;
        this.flash = flash;
    }

    @GET
    public TemplateInstance week(@QueryParam("week") String week) {
        viewer.require(Viewer.VOLUNTEER);
        IsoWeek current = IsoWeek.containing(PagesClock.today());
        IsoWeek wanted = wanted(week);
        WeekView view = weekView(wanted);
        return Templates.week(wanted, view.calls(), view.nextCall(), flash.take(), null, wanted.equals(current));
    }

    @POST
    @Path("/calendar")
    public TemplateInstance calendar(@Context UriInfo uri) {
        viewer.require(Viewer.VOLUNTEER);
        FeedAddress address = api.post(Service.SCHEDULE, "/api/v1/coaches/" + viewer.id() + "/calendar-token", null,
                FeedAddress.class);
        String feed = uri.getBaseUri().resolve("/calendars/" + address.token() + ".ics").toString();
        IsoWeek current = IsoWeek.containing(PagesClock.today());
        WeekView view = weekView(current);
        return Templates.week(current, view.calls(), view.nextCall(), null, feed, true);
    }

    public record FeedAddress(String token, String feedPath) {}

    @GET
    @Path("/calls/{callId}")
    public Response call(@PathParam("callId") UUID callId, @QueryParam("week") String week) {
        viewer.require(Viewer.VOLUNTEER);
        IsoWeek wanted = wanted(week);
        CallPage call = find(callId);
        if (call.movedTo() != null) {
            // an old link (a calendar, a bookmark, the browser's history) to a call that was moved: its new page
            CallPage moved = find(call.movedTo());
            IsoWeek itsWeek = IsoWeek.containing(moved.startsAt().atZoneSameInstant(London.ZONE).toLocalDate());
            return Response.seeOther(URI.create("/volunteer/calls/" + moved.callId() + "?week=" + itsWeek.code()))
                    .cookie(Flash.notice("This call was moved to " + London.when(moved.startsAt()) + ".")).build();
        }
        return Response.ok(Templates.call(call, wanted, OutcomeForm.empty(), FormErrors.NONE, FormErrors.NONE, "", "",
                flash.take())).build();
    }

    @POST
    @Path("/calls/{callId}/outcome")
    public Response outcome(@PathParam("callId") UUID callId, @QueryParam("week") String week,
            @BeanParam OutcomeForm form) {
        viewer.require(Viewer.VOLUNTEER);
        IsoWeek wanted = wanted(week);
        CallPage call = find(callId);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", blank(form.outcome) ? null : form.outcome);
        body.put("durationMinutes", number(form.durationMinutes, "durationMinutes",
                "Enter how long the call took in minutes, like 20", typed));
        body.put("confidence", number(form.confidence, "confidence", "Enter how confident they feel, from 1 to 10", typed));
        body.put("notes", trimmed(form.notes));
        boolean happened = "COMPLETED".equals(form.outcome) || "NO_ANSWER".equals(form.outcome);
        if (happened && !call.recordableNow()) {
            typed.put("outcome", notYet(call));
        }
        if (!blank(form.rescheduleTo)) {
            try {
                LocalDateTime to = LocalDateTime.parse(form.rescheduleTo);
                body.put("rescheduleTo", to.atZone(London.ZONE).toOffsetDateTime());
                if ("RESCHEDULED".equals(form.outcome)) {
                    if (!to.atZone(London.ZONE).toInstant().isAfter(PagesClock.now())) {
                        typed.put("rescheduleTo", "Enter a new date and time in the future");
                    } else if (!call.fitsMoveWindows(to)) {
                        typed.put("rescheduleTo", "Choose a time when you are both free: " + call.moveWindowWords()
                                + ". The call takes " + call.limits().callMinutes()
                                + " minutes, so it must end by the end of that time");
                    }
                }
            } catch (DateTimeParseException e) {
                typed.put("rescheduleTo", "Enter the new date and time, like 8 December 2026 at 6pm");
            }
        }
        Map<String, Object> goals = new HashMap<>();
        goals.put("topic", trimmed(form.topic));
        goals.put("goal", trimmed(form.goal));
        goals.put("reality", trimmed(form.reality));
        goals.put("options", trimmed(form.options));
        goals.put("wayForward", trimmed(form.wayForward));
        if (goals.values().stream().anyMatch(v -> v != null)) {
            body.put("goals", goals);
        }
        if (!typed.isEmpty()) {
            return Response.status(400).entity(Templates.call(call, wanted, form, FormErrors.of(typed),
                    FormErrors.NONE, "", "", null)).build();
        }
        Recorded recorded;
        try {
            recorded = api.post(Service.SCHEDULE, "/api/v1/calls/" + callId + "/outcome", body, Recorded.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status == 404) {
                throw e;
            }
            FormErrors errors = e.status == 422 ? refused(call, form.outcome, e)
                    : e.status == 409 ? FormErrors.from(new ServiceProblem(409, "Already recorded",
                            "This call has already been recorded. Go back to your calls to see it.", null, null),
                            OUTCOME_FIELDS)
                    : FormErrors.from(e, OUTCOME_FIELDS);
            return Response.status(e.errors.isEmpty() ? 409 : 400).entity(Templates.call(call, wanted,
                    form, errors, FormErrors.NONE, "", "", null)).build();
        }
        if ("RESCHEDULED".equals(form.outcome) && recorded != null && recorded.next() != null) {
            return back(wanted, "Thank you. The call with " + call.personFirstName() + " is moved to "
                    + London.when(recorded.next().startsAt()) + ".");
        }
        return back(wanted, "Thank you. The call is recorded.");
    }

    /** What schedule-service answers to a recorded call: the next attempt it booked, if any (a moved call's new time). */
    public record Recorded(Next next) {
        public record Next(UUID callId, java.time.OffsetDateTime startsAt) {}
    }

    private static String notYet(CallPage call) {
        return call.notYetMessage() + ". Until then you can only say it was moved or cancelled";
    }

    /**
     * A programme rule said no (422): in the page's words, next to the field it is about. Moves the page could
     * not check itself (another of the coach's calls at that time) land here.
     */
    private static FormErrors refused(CallPage call, String outcome, ServiceProblem e) {
        if ("RESCHEDULED".equals(outcome)) {
            String windows = call.moveWindowWords();
            return FormErrors.of(Map.of("rescheduleTo", "You already have another call then. Choose another time"
                    + (windows.isEmpty() ? "" : " when you are both free: " + windows)));
        }
        if ("COMPLETED".equals(outcome) || "NO_ANSWER".equals(outcome)) {
            return FormErrors.of(Map.of("outcome", notYet(call)));
        }
        return FormErrors.from(e, OUTCOME_FIELDS);
    }

    @POST
    @Path("/calls/{callId}/concern")
    public Response concern(@PathParam("callId") UUID callId, @QueryParam("week") String week,
            @FormParam("category") String category, @FormParam("detail") String detail) {
        viewer.require(Viewer.VOLUNTEER);
        IsoWeek wanted = wanted(week);
        Map<String, Object> body = new HashMap<>();
        body.put("category", blank(category) ? null : category);
        body.put("detail", trimmed(detail));
        try {
            api.post(Service.SCHEDULE, "/api/v1/calls/" + callId + "/escalations", body, Void.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status == 404) {
                throw e;
            }
            return Response.status(e.errors.isEmpty() ? 409 : 400).entity(Templates.call(find(callId), wanted,
                    OutcomeForm.empty(), FormErrors.NONE,
                    FormErrors.from(e, CONCERN_FIELDS),
                    category == null ? "" : category, detail == null ? "" : detail, null)).build();
        }
        return back(wanted, "Your concern has been sent to your coordinator, who will see it first thing. If someone"
                + " is in immediate danger, call 999.");
    }

    /**
     * The week asked for in the address, or this week when none is; a week that does not exist (2026-W99,
     * 2025-W53) is a 400 page saying so, never silently this week.
     */
    static IsoWeek wanted(String week) {
        if (week == null || week.isBlank()) {
            return IsoWeek.containing(PagesClock.today());
        }
        return IsoWeek.parse(week.strip()).orElseThrow(() -> new ServiceProblem(400, "That is not a real week",
                "The week in the web address is not a real week. Weeks are written like 2026-W49, numbered 1 to 52"
                        + " (53 in some years). Go to your home page to see this week's calls.", null, null));
    }

    private WeekView weekView(IsoWeek week) {
        return api.get(Service.SCHEDULE, "/api/v1/coaches/" + viewer.id() + "/calls?week=" + week.code(),
                WeekView.class);
    }

    /** The call as schedule-service describes it to its coach; someone else's call is not found, like no call. */
    private CallPage find(UUID callId) {
        try {
            return api.get(Service.SCHEDULE, "/api/v1/calls/" + callId, CallPage.class);
        } catch (ServiceProblem e) {
            if (e.status == 404) {
                throw new ServiceProblem(404, "Call not found",
                        "We could not find that call. Go back to your calls and choose it again.", null, null);
            }
            throw e;
        }
    }

    private static Integer number(String text, String field, String message, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    private static Response back(IsoWeek week, String notice) {
        return Response.seeOther(URI.create("/volunteer?week=" + week.code())).cookie(Flash.notice(notice)).build();
    }
}
