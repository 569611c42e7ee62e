package org.peercoaching.web.coordinator;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.peercoaching.web.coordinator.Views.Match;
import org.peercoaching.web.coordinator.Views.RosterPage;
import org.peercoaching.web.coordinator.Views.SupervisionSession;
import org.peercoaching.web.coordinator.Views.Volunteer;
import org.peercoaching.web.coordinator.Views.Week;
import java.time.LocalDate;
import org.peercoaching.web.pages.Flash;
import org.peercoaching.web.pages.FormErrors;
import org.peercoaching.web.pages.IsoWeek;
import org.peercoaching.web.pages.London;
import org.peercoaching.web.pages.Loaded;
import org.peercoaching.web.pages.PagesClock;
import org.peercoaching.web.pages.TypedDate;
import org.peercoaching.web.services.Service;
import org.peercoaching.web.services.ServiceApi;
import org.peercoaching.web.services.ServiceProblem;
import org.peercoaching.web.signin.Viewer;

/**
 * The coordinator's roster of 50-100 coaches, each coach's page, pausing, resuming or ending a coach, and recording
 * a coach's new DBS check or a supervision session they attended (which lifts a safeguarding hold at once).
 */
@Path("/coordinator/coaches")
@Produces(MediaType.TEXT_HTML)
public class CoachesResource {

    static final List<String> STATUSES = List.of("ACTIVE", "PAUSED", "READY", "IN_TRAINING", "APPLICANT", "LEFT");
    static final Set<String> ACTIONS = Set.of("pause", "resume", "leave");
    static final Map<String, String> SORTS = Map.of("name", "Name", "-room", "Most room first", "room",
            "Least room first", "supervisionDueBy", "Supervision due soonest", "dbsRenewalDue", "DBS renewal soonest",
            "-hours", "Most hours first");

    /** The filters as chosen on the page, echoed back into the form. */
    public record Filters(String status, boolean flagged, boolean withRoom, String sort, int page) {}

    /** The coach page's DBS form as typed, echoed back when it comes back with problems. */
    public record DbsForm(String issuedOn, String renewalDue, String certificateNumber) {
        static final DbsForm EMPTY = new DbsForm("", "", "");
    }

    /** The coach page's supervision form as typed, echoed back when it comes back with problems. */
    public record SupervisionForm(String kind, String heldOn, String facilitator) {

        /** The coach's usual kind of supervision, run by the coordinator looking at the page. */
        static SupervisionForm startingFor(Volunteer coach, String coordinator) {
            return new SupervisionForm("GROUP".equals(coach.supervisionMode()) ? "GROUP" : "ONE_TO_ONE", "",
                    coordinator);
        }
    }

    static final Set<String> SUPERVISION_KINDS = Set.of("ONE_TO_ONE", "GROUP");
    /** The service's words are for developers ("must be after issuedOn"); these are for coordinators. */
    static final FormErrors.Fields DBS_FIELDS = FormErrors.fields()
            .field("issuedOn", "issuedOn", "Date issued", "Date issued must be today or in the past")
            .field("renewalDue", "renewalDue", "Renewal due", "Renewal due must be after the date issued")
            .field("certificateNumber", "certificateNumber", "Certificate number",
                    "Enter the 12-digit certificate number, or leave it empty");
    static final FormErrors.Fields SUPERVISION_FIELDS = FormErrors.fields()
            .field("kind", "kind", "Kind of session", "Choose one-to-one or group")
            .field("heldOn", "heldOn", "Date held", "Date held must be today or in the past")
            .field("facilitator", "facilitator", "Who ran it", "Enter who ran the session, in 100 characters or fewer")
            .field("attendees", "attendees", "Who attended",
                    "This coach could not be recorded as attending: they may have left the programme or be paused");
    static final FormErrors.Fields CHANGE_FIELDS = FormErrors.fields()
            .field("reason", "reason", "Reason", "Say why, for example holiday or illness")
            .field("until", "until", "Back on", "Enter a date from today onwards: for a short break, up to 6 weeks from today")
            .field("kind", "kind", "How long", "Choose a short break or a longer pause");
    static final Set<String> PAUSE_KINDS = Set.of("SHORT", "LONG");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance roster(RosterPage roster, Filters filters, List<String> statuses,
                Map<String, String> sorts);

        static native TemplateInstance coach(Volunteer coach, Loaded<SupervisionSession> supervision,
                Loaded<Views.Person> people, Loaded<Views.Call> calls, String notice, DbsForm dbsForm,
                FormErrors dbsErrors, SupervisionForm supervisionForm, FormErrors supervisionErrors,
                Map<UUID, Views.Referral> whoIs, FormErrors onboardingErrors, Map<UUID, Views.LastTalk> lastTalks,
                Loaded<Views.PausedPerson> pauseChanges);

        static native TemplateInstance change(Volunteer coach, String action, Loaded<Match> people, FormErrors errors,
                String reason, String until, String kind, Map<UUID, Views.Person> nextCalls);
    }

    private final Viewer viewer;
    private final ServiceApi api;
    private final Flash flash;

    public CoachesResource(Viewer viewer, ServiceApi api, Flash flash) {
        this.viewer = viewer;
        this.api = api;
        this.flash = flash;
    }

    @GET
    public TemplateInstance roster(@QueryParam("status") String status, @QueryParam("flagged") String flagged,
            @QueryParam("withRoom") String withRoom, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        viewer.require(Viewer.COORDINATOR);
        String wantedStatus = status != null && STATUSES.contains(status) ? status : "";
        String wantedSort = sort != null && SORTS.containsKey(sort) ? sort : "name";
        int wantedPage = page != null && page.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(page) : 1;
        Filters filters = new Filters(wantedStatus, "on".equals(flagged), "on".equals(withRoom), wantedSort, wantedPage);
        StringBuilder query = new StringBuilder("/api/v1/volunteers?size=100&page=").append(wantedPage)
                .append("&sort=").append(enc(wantedSort));
        if (!wantedStatus.isEmpty()) {
            query.append("&status=").append(wantedStatus);
        }
        if (filters.flagged()) {
            query.append("&flagged=true");
        }
        if (filters.withRoom()) {
            query.append("&minRoom=1");
        }
        RosterPage roster = api.get(Service.VOLUNTEER, query.toString(), RosterPage.class);
        return Templates.roster(roster, filters, STATUSES, SORTS);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance coach(@PathParam("id") UUID id) {
        viewer.require(Viewer.COORDINATOR);
        Volunteer coach = coachOf(id);
        return page(coach, flash.take(), DbsForm.EMPTY, FormErrors.NONE,
                SupervisionForm.startingFor(coach, viewer.id()), FormErrors.NONE);
    }

    /** The coach's page, with what was typed into one of its forms and what was wrong with it. */
    private TemplateInstance page(Volunteer coach, String notice, DbsForm dbsForm, FormErrors dbsErrors,
            SupervisionForm supervisionForm, FormErrors supervisionErrors) {
        return page(coach, notice, dbsForm, dbsErrors, supervisionForm, supervisionErrors, FormErrors.NONE);
    }

    private TemplateInstance page(Volunteer coach, String notice, DbsForm dbsForm, FormErrors dbsErrors,
            SupervisionForm supervisionForm, FormErrors supervisionErrors, FormErrors onboardingErrors) {
        UUID id = coach.id();
        Loaded<SupervisionSession> supervision = Loaded.of(() -> api.get(Service.VOLUNTEER,
                "/api/v1/volunteers/" + id + "/supervision-sessions", new TypeReference<List<SupervisionSession>>() {}));
        Loaded<Views.Call> calls = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + id + "/calls?week="
                        + IsoWeek.containing(PagesClock.today()).code(),
                Week.class).calls());
        Loaded<Views.Person> people = Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + id + "/people",
                Views.People.class).people());
        // a short break: which calls it moved or skipped, per person
        Loaded<Views.PausedPerson> pauseChanges = coach.onShortPause()
                ? Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + id + "/pause-changes",
                        Views.PauseChanges.class).people().stream()
                        .map(p -> new Views.PausedPerson(p.planId(), p.referralId(), p.personFirstName(),
                                p.changes().stream().filter(c -> coach.pausedUntil() == null
                                        || coach.pausedUntil().equals(c.pausedUntil())).toList()))
                        .filter(p -> !p.changes().isEmpty()).toList())
                : new Loaded<>(List.of(), null);
        return Templates.coach(coach, supervision, people, calls, notice, dbsForm, dbsErrors, supervisionForm,
                supervisionErrors, whoIs(people.items()), onboardingErrors, lastTalks(people.items()), pauseChanges);
    }

    /** Each person's last completed call (goal, next step, confidence), from their plan: one read per person. */
    private Map<UUID, Views.LastTalk> lastTalks(List<Views.Person> people) {
        Map<UUID, Views.LastTalk> found = new HashMap<>();
        for (Views.Person p : people) {
            if (p.planId() == null) {
                continue;
            }
            try {
                Views.Plan plan = api.get(Service.SCHEDULE, "/api/v1/plans/" + p.planId(), Views.Plan.class);
                if (plan != null && plan.lastTalk() != null) {
                    found.put(p.planId(), plan.lastTalk());
                }
            } catch (ServiceProblem e) {
                if (e.signedOut()) {
                    throw e;
                }
            }
        }
        return found;
    }

    /**
     * Who each of the coach's people is (full name, phone, conditions in words), from matching-service: one read
     * per person. A person matching cannot show now keeps the first name schedule-service gives.
     */
    private Map<UUID, Views.Referral> whoIs(List<Views.Person> people) {
        Map<UUID, Views.Referral> found = new HashMap<>();
        for (Views.Person p : people) {
            if (p.referralId() == null || found.containsKey(p.referralId())) {
                continue;
            }
            try {
                Views.Referral r = api.get(Service.MATCHING, "/api/v1/referrals/" + p.referralId(), Views.Referral.class);
                if (r != null && r.person() != null) {
                    found.put(p.referralId(), r);
                }
            } catch (ServiceProblem e) {
                if (e.signedOut()) {
                    throw e;
                }
            }
        }
        return found;
    }

    static final Map<String, String> ONBOARDING_STEPS = Map.of("start-training", "start-training",
            "modules-completed", "training/modules-completed", "practice-session", "training/practice-sessions",
            "complete-training", "complete-training", "activate", "activate");
    /** What volunteer-service names, in the coordinator's words. */
    static final FormErrors.Fields ONBOARDING_FIELDS = FormErrors.fields()
            .field("completedOn", "completedOn", "Date completed", "Enter the date the modules were completed: today or earlier")
            .field("heldOn", "practiceHeldOn", "Date held", "Enter the date the practice session was held: today or earlier")
            .field("facilitator", "practiceFacilitator", "Who ran it", "Enter who ran the practice session, in 100 characters or fewer")
            .field("status", "onboarding", "Onboarding", "This step does not fit where they are in onboarding now: see the steps below")
            .field("training.modules", "onboarding", "Onboarding", "Record the training modules as completed first")
            .field("training.practiceSessions", "onboarding", "Onboarding", "Record a live practice session first")
            .field("dbs", "onboarding", "Onboarding", "Record an in-date DBS check first");

    /** One onboarding step, in order: start training, modules, practice session, complete training, activate. */
    @POST
    @Path("/{id}/onboarding/{step}")
    public Response onboardingStep(@PathParam("id") UUID id, @PathParam("step") String step,
            @FormParam("completedOn") String completedOn, @FormParam("heldOn") String heldOn,
            @FormParam("facilitator") String facilitator) {
        viewer.require(Viewer.COORDINATOR);
        String path = ONBOARDING_STEPS.get(step);
        if (path == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Object> body = null;
        if ("modules-completed".equals(step)) {
            LocalDate on = date(orEmpty(completedOn), "completedOn", "Enter the date the modules were completed",
                    "Date completed must be a real date, for example 20/11/2026", typed);
            body = on == null ? null : Map.of("completedOn", on.toString());
        } else if ("practice-session".equals(step)) {
            LocalDate on = date(orEmpty(heldOn), "practiceHeldOn", "Enter the date the practice session was held",
                    "Date held must be a real date, for example 25/11/2026", typed);
            if (orEmpty(facilitator).isBlank()) {
                typed.put("practiceFacilitator", "Enter who ran the practice session");
            }
            if (typed.isEmpty()) {
                body = new LinkedHashMap<>();
                body.put("heldOn", on.toString());
                body.put("facilitator", facilitator.strip());
            }
        }
        if (!typed.isEmpty()) {
            Volunteer coach = coachOf(id);
            return Response.status(400).entity(page(coach, null, DbsForm.EMPTY, FormErrors.NONE,
                    SupervisionForm.startingFor(coach, viewer.id()), FormErrors.NONE, FormErrors.of(typed))).build();
        }
        Volunteer after;
        try {
            after = api.post(Service.VOLUNTEER, "/api/v1/volunteers/" + id + "/" + path, body, Volunteer.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status == 404) {
                throw e;
            }
            Volunteer coach = coachOf(id);
            // 422: a step taken too soon, each missing requirement named on the page
            return Response.status(e.status == 422 ? 422 : statusOf(e)).entity(page(coach, null, DbsForm.EMPTY, FormErrors.NONE,
                    SupervisionForm.startingFor(coach, viewer.id()), FormErrors.NONE,
                    FormErrors.from(e, ONBOARDING_FIELDS))).build();
        }
        String name = after != null && after.firstName() != null ? after.firstName() : "They";
        String notice = switch (step) {
            case "start-training" -> name + " has started training.";
            case "modules-completed" -> "Training modules recorded as completed.";
            case "practice-session" -> "Practice session recorded.";
            case "complete-training" -> name + " has completed training. Record their DBS check, then activate them.";
            default -> name + " is active and can be matched with people.";
        };
        return backToCoach(id, notice);
    }

    /** The forms post here; an address typed or reloaded after posting goes back to the form on the coach's page. */
    @GET
    @Path("/{id}/dbs")
    public Response dbsForm(@PathParam("id") UUID id) {
        viewer.require(Viewer.COORDINATOR);
        return Response.seeOther(URI.create("/coordinator/coaches/" + id + "#record-dbs")).build();
    }

    @GET
    @Path("/{id}/supervision")
    public Response supervisionForm(@PathParam("id") UUID id) {
        viewer.require(Viewer.COORDINATOR);
        return Response.seeOther(URI.create("/coordinator/coaches/" + id + "#record-supervision")).build();
    }

    /** Records the coach's new DBS check; one still in date lifts a DBS hold at once. */
    @POST
    @Path("/{id}/dbs")
    public Response recordDbs(@PathParam("id") UUID id, @FormParam("issuedOn") String issuedOn,
            @FormParam("renewalDue") String renewalDue, @FormParam("certificateNumber") String certificateNumber) {
        viewer.require(Viewer.COORDINATOR);
        DbsForm form = new DbsForm(orEmpty(issuedOn), orEmpty(renewalDue), orEmpty(certificateNumber));
        Volunteer before = coachOf(id);
        Map<String, String> typed = new LinkedHashMap<>();
        LocalDate issued = date(form.issuedOn(), "issuedOn", "Enter the date the DBS check was issued",
                "Date issued must be a real date, for example 1/10/2026", typed);
        LocalDate renewal = date(form.renewalDue(), "renewalDue", "Enter the date the DBS check must be renewed by",
                "Renewal due must be a real date, for example 1/10/2029", typed);
        if (!typed.isEmpty()) {
            return Response.status(400).entity(page(before, null, form, FormErrors.of(typed),
                    SupervisionForm.startingFor(before, viewer.id()), FormErrors.NONE)).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuedOn", issued.toString());
        body.put("renewalDue", renewal.toString());
        String number = form.certificateNumber().replaceAll("[\\s-]", "");
        if (!number.isEmpty()) {
            body.put("certificateNumber", number);
        }
        Volunteer after;
        try {
            after = api.put(Service.VOLUNTEER, "/api/v1/volunteers/" + id + "/dbs", body, Volunteer.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status == 404) {
                throw e;
            }
            return Response.status(statusOf(e)).entity(page(before, null, form,
                    FormErrors.from(e, DBS_FIELDS), SupervisionForm.startingFor(before, viewer.id()),
                    FormErrors.NONE)).build();
        }
        return backToCoach(id, "DBS check recorded." + noLongerOnHold(before, after));
    }

    /** Records a supervision session this coach attended; attending lifts a supervision hold at once. */
    @POST
    @Path("/{id}/supervision")
    public Response recordSupervision(@PathParam("id") UUID id, @FormParam("kind") String kind,
            @FormParam("heldOn") String heldOn, @FormParam("facilitator") String facilitator) {
        viewer.require(Viewer.COORDINATOR);
        SupervisionForm form = new SupervisionForm(orEmpty(kind), orEmpty(heldOn), orEmpty(facilitator));
        Volunteer before = coachOf(id);
        Map<String, String> typed = new LinkedHashMap<>();
        LocalDate held = date(form.heldOn(), "heldOn", "Enter the date the session was held",
                "Date held must be a real date, for example 20/11/2026", typed);
        if (!SUPERVISION_KINDS.contains(form.kind())) {
            typed.put("kind", "Choose one-to-one or group");
        }
        if (form.facilitator().isBlank()) {
            typed.put("facilitator", "Enter who ran the session");
        }
        if (!typed.isEmpty()) {
            return Response.status(400).entity(page(before, null, DbsForm.EMPTY, FormErrors.NONE, form,
                    FormErrors.of(typed))).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", form.kind());
        body.put("heldOn", held.toString());
        body.put("facilitator", form.facilitator().strip());
        body.put("attendees", List.of(id.toString()));
        try {
            api.post(Service.VOLUNTEER, "/api/v1/supervision-sessions", body, Void.class);
        } catch (ServiceProblem e) {
            if (e.signedOut() || e.status == 404) {
                throw e;
            }
            return Response.status(statusOf(e)).entity(page(before, null, DbsForm.EMPTY, FormErrors.NONE, form,
                    FormErrors.from(e, SUPERVISION_FIELDS))).build();
        }
        Volunteer after;
        try {
            after = coachOf(id);
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            after = null; // recorded all the same; the coach's page will say whether they are still on hold
        }
        return backToCoach(id, "Supervision on " + London.date(held) + " recorded." + noLongerOnHold(before, after));
    }

    /** Said only when the coach had a hold before and the service now answers with none. */
    private static String noLongerOnHold(Volunteer before, Volunteer after) {
        return before.onHold() && after != null && !after.onHold() ? " " + after.firstName() + " is no longer on hold."
                : "";
    }

    private static Response backToCoach(UUID id, String notice) {
        return Response.seeOther(URI.create("/coordinator/coaches/" + id)).cookie(Flash.notice(notice)).build();
    }

    /** A form that came back: 400 for fields to correct, otherwise what the service said (409 coach has left). */
    private static int statusOf(ServiceProblem e) {
        if (!e.errors.isEmpty()) {
            return 400;
        }
        return e.status >= 500 ? 503 : e.status;
    }

    /** A required date as typed; a problem with it goes into {@code typed} under {@code field}. */
    private static LocalDate date(String text, String field, String missing, String notADate,
            Map<String, String> typed) {
        if (text.isBlank()) {
            typed.put(field, missing);
            return null;
        }
        return TypedDate.parse(text).orElseGet(() -> {
            typed.put(field, notADate);
            return null;
        });
    }

    private Volunteer coachOf(UUID id) {
        return api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @GET
    @Path("/{id}/{action}")
    public TemplateInstance confirmChange(@PathParam("id") UUID id, @PathParam("action") String action) {
        viewer.require(Viewer.COORDINATOR);
        requireAction(action);
        Volunteer coach = api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
        return Templates.change(coach, action, peopleOf(id), FormErrors.NONE, "", "", "", nextCallsOf(id, action));
    }

    @POST
    @Path("/{id}/{action}")
    public Response change(@PathParam("id") UUID id, @PathParam("action") String action,
            @FormParam("reason") String reason, @FormParam("until") String until, @FormParam("kind") String kind) {
        viewer.require(Viewer.COORDINATOR);
        requireAction(action);
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        String chosenKind = kind == null ? "" : kind;
        if ("pause".equals(action)) {
            Map<String, String> typed = new LinkedHashMap<>();
            if (!PAUSE_KINDS.contains(chosenKind)) {
                typed.put("kind", "Choose a short break or a longer pause");
            }
            String back = orEmpty(until);
            LocalDate backOn = null;
            if (!back.isBlank()) {
                backOn = TypedDate.parse(back).or(() -> iso(back)).orElse(null);
                if (backOn == null) {
                    typed.put("until", "Back on must be a real date, for example 12/1/2027");
                }
            } else if ("SHORT".equals(chosenKind)) {
                typed.put("until", "Enter the date they will be back: a short break lasts up to 6 weeks");
            }
            if (!typed.isEmpty()) {
                Volunteer coach = coachOf(id);
                return Response.status(400).entity(Templates.change(coach, action, peopleOf(id), FormErrors.of(typed),
                        orEmpty(reason), back, chosenKind, nextCallsOf(id, action))).build();
            }
            body.put("until", backOn == null ? null : backOn.toString());
            body.put("kind", chosenKind);
        }
        try {
            Volunteer v = api.post(Service.VOLUNTEER, "/api/v1/volunteers/" + id + "/" + action,
                    "resume".equals(action) ? null : body, Volunteer.class);
            String notice = switch (action) {
                case "pause" -> "SHORT".equals(chosenKind)
                        ? v.firstName() + " is on a short break until " + London.date(v.pausedUntil()) + ". Their people"
                                + " stay with them; calls before then are moved or skipped, as listed below."
                        : v.firstName() + " is paused. Their people are being re-matched with other coaches.";
                case "resume" -> v.firstName() + " is active again and can be matched with new people.";
                default -> v.firstName() + " has left the programme. Their people are being re-matched.";
            };
            return Response.seeOther(URI.create("/coordinator/coaches/" + id)).cookie(Flash.notice(notice)).build();
        } catch (ServiceProblem e) {
            if (e.signedOut()) {
                throw e;
            }
            Volunteer coach = api.get(Service.VOLUNTEER, "/api/v1/volunteers/" + id, Volunteer.class);
            FormErrors errors = FormErrors.from(e, CHANGE_FIELDS);
            return Response.status(e.status == 404 ? 404 : e.errors.isEmpty() ? 409 : 400)
                    .entity(Templates.change(coach, action, peopleOf(id), errors, reason == null ? "" : reason,
                            until == null ? "" : until, chosenKind, nextCallsOf(id, action)))
                    .build();
        }
    }

    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Before a pause: each person's next call (by referral), to say whose calls a short break moves or skips. */
    private Map<UUID, Views.Person> nextCallsOf(UUID coachId, String action) {
        if (!"pause".equals(action)) {
            return Map.of();
        }
        Map<UUID, Views.Person> next = new HashMap<>();
        Loaded.of(() -> api.get(Service.SCHEDULE, "/api/v1/coaches/" + coachId + "/people", Views.People.class).people())
                .items().forEach(p -> next.put(p.referralId(), p));
        return next;
    }

    /** The people this coach is coaching now: the ones who would be re-matched if the coach paused or left. */
    private Loaded<Match> peopleOf(UUID coachId) {
        return Loaded.of(() -> api.get(Service.MATCHING, "/api/v1/matches?status=CONFIRMED",
                new TypeReference<List<Match>>() {}).stream().filter(m -> coachId.equals(m.volunteerId())).toList());
    }

    private static void requireAction(String action) {
        if (!ACTIONS.contains(action)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
