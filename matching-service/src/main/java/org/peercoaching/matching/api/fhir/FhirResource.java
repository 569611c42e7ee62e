package org.peercoaching.matching.api.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.peercoaching.kit.audit.AuditTrail;
import org.peercoaching.kit.audit.Audited;
import org.peercoaching.kit.problem.Problem;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.security.Roles;
import org.peercoaching.matching.api.IntakeRateLimit;
import org.peercoaching.matching.api.MatchingAccess;
import org.peercoaching.matching.api.ReferralSubmissions;
import org.peercoaching.matching.api.SubmitReferralBody;
import org.peercoaching.matching.domain.match.Match;
import org.peercoaching.matching.domain.match.MatchRepository;
import org.peercoaching.matching.domain.match.Matchmaker;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralIntake;
import org.peercoaching.matching.domain.referral.ReferralRepository;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Referrals the NHS way, beside the JSON API: a BaRS-style FHIR R4 message in, the referral's ServiceRequest and
 * Task out. It maps onto the same intake as {@code POST /api/v1/referrals} (the same eligibility, idempotency on the
 * pathway's own referral id, rate limit, audit and access: role pathway, and only to its own pathway).
 */
@Path("/fhir/r4")
@Tag(name = "FHIR R4", description = "For PIFU pathway systems that speak FHIR R4 (BaRS-style referral messages)."
        + " Bodies are FHIR R4 resources as application/fhir+json; the schema here is only 'an object': the FHIR"
        + " resource type named in each answer is the contract (docs/pathway-api.md, FHIR R4).")
public class FhirResource {

    static final String SUBJECT = "referral";
    static final String OO = "A FHIR R4 OperationOutcome: each problem is an issue, located by a FHIRPath expression"
            + " where it has a place in what you sent";

    private final Fhir fhir;
    private final ReferralIntake intake;
    private final ReferralSubmissions submissions;
    private final ReferralRepository referrals;
    private final MatchRepository matches;
    private final Matchmaker matchmaker;
    private final MatchingAccess access;
    private final IntakeRateLimit rateLimit;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;

    public FhirResource(Fhir fhir, ReferralIntake intake, ReferralSubmissions submissions, ReferralRepository referrals,
            MatchRepository matches, Matchmaker matchmaker, MatchingAccess access, IntakeRateLimit rateLimit,
            AuditTrail audit, Validator validator, Clock clock) {
        this.fhir = fhir;
        this.intake = intake;
        this.submissions = submissions;
        this.referrals = referrals;
        this.matches = matches;
        this.matchmaker = matchmaker;
        this.access = access;
        this.rateLimit = rateLimit;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // metadata

    @GET
    @Path("/metadata")
    @PermitAll
    @Produces(Fhir.JSON)
    @Operation(summary = "What this FHIR endpoint supports: a CapabilityStatement (no sign-in needed)")
    @APIResponse(responseCode = "200", description = "A FHIR R4 CapabilityStatement listing exactly what is supported",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 CapabilityStatement")))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/fhir+json")
    public Response metadata(UriInfo uri) {
        return ok(capabilities(base(uri)));
    }

    CapabilityStatement capabilities(String base) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("peer-coaching-matching");
        cs.setUrl(base + "metadata");
        cs.setName("PeerCoachingMatchingFhir");
        cs.setTitle("Peer coaching: referrals from PIFU pathway systems");
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(Date.from(clock.instant()));
        cs.setPublisher("peer-coaching");
        cs.setDescription("Referrals to volunteer peer coaching as BaRS-style FHIR R4 messages, and where each one"
                + " stands. See docs/pathway-api.md (FHIR R4) for the profile of each resource.");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("matching-service");
        cs.getImplementation().setDescription("peer-coaching matching-service").setUrl(base);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Every interaction but this one needs a bearer token with the role pathway; a pathway"
                + " system reaches only its own pathway's referrals.");
        rest.getSecurity().setDescription("OAuth 2.0 bearer token (client credentials) from the trust's sign-in"
                + " service, with the role pathway and a claim pathway naming your pathway.");
        CapabilityStatement.CapabilityStatementRestResourceComponent sr = rest.addResource().setType("ServiceRequest");
        sr.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        sr.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.UPDATE)
                .setDocumentation("Only to withdraw the referral: status revoked, with the reason in note[0].text");
        sr.setUpdateCreate(false);
        sr.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        CapabilityStatement.CapabilityStatementRestResourceComponent task = rest.addResource().setType("Task");
        task.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE)
                .setDocumentation("By focus only: Task?focus=ServiceRequest/{id}");
        task.addSearchParam().setName("focus").setType(Enumerations.SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/Task-focus")
                .setDocumentation("ServiceRequest/{id}: the referral the Task tracks");
        rest.addOperation().setName("process-message")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message")
                .setDocumentation("A BaRS-style referral message (event " + FhirNames.BARS_EVENTS + "#"
                        + FhirNames.REFERRAL_REQUEST + "): a new referral (ServiceRequest active) or its withdrawal"
                        + " (ServiceRequest revoked). Synchronous only (async=false).");
        return cs;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // $process-message

    @POST
    @Path("/$process-message")
    @RolesAllowed(Roles.PATHWAY)
    @Consumes(Fhir.JSON)
    @Produces(Fhir.JSON)
    @Operation(summary = "Refer a person (or withdraw a referral) with a BaRS-style FHIR R4 message",
            description = "A Bundle of type message: MessageHeader (event servicerequest-request), the ServiceRequest"
                    + " it focuses on (the referral), the Patient, the activation Observation(s) and the Consent. The"
                    + " same intake as POST /api/v1/referrals: the pathway's own identifier is the idempotency key (a"
                    + " resend is 200 with the referral held, different details 409), an ineligible referral is"
                    + " recorded (201, Task rejected), and the ServiceRequest's pathway must be your token's (403)."
                    + " A ServiceRequest with status revoked withdraws the referral with that identifier.")
    @RequestBody(required = true, content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "FHIR R4 Bundle of type message")))
    @APIResponse(responseCode = "201", description = "Referral received: a FHIR R4 response message (Bundle) with the"
            + " MessageHeader, the ServiceRequest as held and its Task",
            headers = @Header(name = "Location", description = "The referral's ServiceRequest",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 Bundle of type message (the response)")))
    @APIResponse(responseCode = "200", description = "Already received (a resend), or withdrawn: a FHIR R4 response"
            + " message (Bundle) with the ServiceRequest and its Task",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 Bundle of type message (the response)")))
    @APIResponse(responseCode = "400", description = "Not a valid message: each bad element is an issue; nothing stored",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one the service does not accept",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer, with error=\"invalid_token\" when a"
                    + " token was sent and refused", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "403", description = "Not a pathway system, or the ServiceRequest's pathway is not"
            + " the one in your token; nothing stored",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "404", description = "A withdrawal of a referral you never sent",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "409", description = "The identifier was already used with different details, or the"
            + " referral to withdraw is already closed",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "415", description = "The body is not application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "429", description = "Too many referrals from this pathway; nothing stored",
            headers = @Header(name = "Retry-After", description = "seconds to wait before sending again",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    public Response processMessage(String body,
            @Parameter(description = "Only false (synchronous) is offered") @QueryParam("async") Boolean async,
            UriInfo uri) {
        Optional<String> ownPathway = access.callerPathway();
        OptionalLong retryAfter = rateLimit.acquire(ownPathway.orElseGet(access::callerId));
        if (retryAfter.isPresent()) {
            return Response.status(429).type(Fhir.JSON).header("Retry-After", retryAfter.getAsLong())
                    .entity(fhir.write(Outcomes.of(IssueType.THROTTLED, "Your pathway has sent more referrals than"
                            + " this service takes at once (" + rateLimit.perSecond() + " a second). Nothing was"
                            + " stored: send it again after " + retryAfter.getAsLong() + " seconds."))).build();
        }
        if (Boolean.TRUE.equals(async)) {
            return invalid(List.of(new Outcomes.Located("async", "only synchronous processing is offered: leave it"
                    + " out or send false", IssueType.NOTSUPPORTED)));
        }
        if (body == null || body.isBlank()) {
            return invalid(List.of(new Outcomes.Located("Bundle", "the body must be a FHIR Bundle of type message",
                    IssueType.REQUIRED)));
        }
        List<SingleValidationMessage> structural = fhir.errorsIn(body);
        if (!structural.isEmpty()) {
            return invalid(structural.stream().map(m -> new Outcomes.Located(m.getLocationString(), m.getMessage(),
                    IssueType.STRUCTURE)).toList());
        }
        Bundle bundle;
        try {
            bundle = fhir.json().parseResource(Bundle.class, body);
        } catch (DataFormatException e) {
            return invalid(List.of(new Outcomes.Located("Bundle", "the body must be a FHIR Bundle of type message: "
                    + e.getMessage(), IssueType.STRUCTURE)));
        }
        ReferralMessage.Read read = ReferralMessage.read(bundle);
        if (!read.issues().isEmpty()) {
            return invalid(read.issues().stream()
                    .map(i -> new Outcomes.Located(i.expression(), i.message(), IssueType.INVALID)).toList());
        }
        if (!read.cancel()) {
            List<Outcomes.Located> violations = violations(read);
            if (!violations.isEmpty()) {
                return invalid(violations);
            }
        }
        String pathway = read.body().pathway();
        if (ownPathway.isEmpty() || !ownPathway.get().equals(pathway)) {
            audit.record(SUBJECT, null, "refused 403", "POST /fhir/r4/$process-message");
            return Response.status(403).type(Fhir.JSON).entity(fhir.write(Outcomes.of(List.of(new Outcomes.Located(
                    read.expressionOf("pathway"), ownPathway.map(p -> "must be your own pathway, " + p
                            + "; nothing was stored").orElse("cannot be checked: your token names no pathway"),
                    IssueType.FORBIDDEN))))).build();
        }
        if (read.cancel()) {
            return withdrawByMessage(read, uri);
        }
        ReferralIntake.Outcome outcome;
        try {
            outcome = intake.submit(submissions.toDomain(read.body()));
        } catch (ProblemException e) {
            return refused(e, read);
        }
        Referral referral = outcome.referral();
        audit.record(SUBJECT, referral.id.toString(), "allowed", "POST /fhir/r4/$process-message");
        String answer = fhir.write(responseMessage(read, referral, uri));
        if (!outcome.created()) {
            return Response.ok(answer, Fhir.JSON).build();
        }
        return Response.created(URI.create(base(uri) + "ServiceRequest/" + referral.id)).type(Fhir.JSON)
                .entity(answer).build();
    }

    private Response withdrawByMessage(ReferralMessage.Read read, UriInfo uri) {
        Optional<Referral> held = referrals.findByPathwayId(read.body().pathway(), read.body().pathwayReferralId());
        if (held.isEmpty()) {
            audit.record(SUBJECT, null, "refused 404", "POST /fhir/r4/$process-message");
            return Response.status(404).type(Fhir.JSON).entity(fhir.write(Outcomes.of(List.of(new Outcomes.Located(
                    read.expressionOf("pathwayReferralId"), "no referral of yours has this identifier",
                    IssueType.NOTFOUND))))).build();
        }
        UUID id = held.get().id;
        Referral withdrawn;
        try {
            withdrawn = QuarkusTransaction.requiringNew().call(() ->
                    matchmaker.withdraw(id, access.callerId(), read.withdrawReason()));
        } catch (ProblemException e) {
            audit.record(SUBJECT, id.toString(), "refused " + e.status(), "POST /fhir/r4/$process-message");
            return refused(e, read);
        }
        audit.record(SUBJECT, id.toString(), "allowed", "POST /fhir/r4/$process-message");
        return Response.ok(fhir.write(responseMessage(read, withdrawn, uri)), Fhir.JSON).build();
    }

    /** The body's own rules (the JSON API's), each located where the message said it. */
    private List<Outcomes.Located> violations(ReferralMessage.Read read) {
        Set<ConstraintViolation<SubmitReferralBody>> found = validator.validate(read.body());
        List<Outcomes.Located> located = new ArrayList<>();
        for (ConstraintViolation<SubmitReferralBody> v : found) {
            String field = v.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
            located.add(new Outcomes.Located(read.expressionOf(field), v.getMessage(), IssueType.INVALID));
        }
        located.sort(java.util.Comparator.comparing(Outcomes.Located::expression));
        return located;
    }

    private Response refused(ProblemException e, ReferralMessage.Read read) {
        Problem problem = e.toProblem("/fhir/r4/$process-message");
        IssueType type = FhirProblems.typeOf(problem.status());
        List<Outcomes.Located> located = new ArrayList<>();
        if (problem.errors() != null) {
            problem.errors().forEach(f -> located.add(new Outcomes.Located(read.expressionOf(f.field()),
                    f.message(), type)));
        }
        if (located.isEmpty()) {
            String where = problem.status() == 409 ? read.expressionOf("pathwayReferralId") : null;
            located.add(new Outcomes.Located(where, problem.detail() == null ? problem.title() : problem.detail(),
                    type));
        }
        return Response.status(problem.status()).type(Fhir.JSON).entity(fhir.write(Outcomes.of(located))).build();
    }

    private Response invalid(List<Outcomes.Located> problems) {
        return Response.status(400).type(Fhir.JSON).entity(fhir.write(Outcomes.of(problems))).build();
    }

    private Bundle responseMessage(ReferralMessage.Read read, Referral referral, UriInfo uri) {
        String base = base(uri);
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setTimestamp(Date.from(clock.instant()));
        MessageHeader header = new MessageHeader();
        header.setId(UUID.randomUUID().toString());
        header.getEventCoding().setSystem(FhirNames.BARS_EVENTS).setCode(FhirNames.REFERRAL_REQUEST);
        header.getSource().setName("peer-coaching matching-service").setEndpoint(base);
        header.getResponse().setIdentifier(requestId(read)).setCode(MessageHeader.ResponseType.OK);
        ServiceRequest sr = ReferralFhirView.serviceRequest(referral);
        Task task = ReferralFhirView.task(referral, standing(referral));
        header.addFocus(new Reference(base + "ServiceRequest/" + referral.id));
        header.addFocus(new Reference(base + "Task/" + referral.id));
        bundle.addEntry().setFullUrl("urn:uuid:" + header.getIdElement().getIdPart()).setResource(header);
        bundle.addEntry().setFullUrl(base + "ServiceRequest/" + referral.id).setResource(sr);
        bundle.addEntry().setFullUrl(base + "Task/" + referral.id).setResource(task);
        return bundle;
    }

    /** The id of the request's MessageHeader, as its response names it (an id: letters, digits, - and .). */
    private static String requestId(ReferralMessage.Read read) {
        String id = read.messageHeaderId();
        if (id != null && id.startsWith("urn:uuid:")) {
            id = id.substring("urn:uuid:".length());
        }
        return id != null && id.matches("[A-Za-z0-9\\-.]{1,64}") ? id : "unknown";
    }

    private ReferralFhirView.Standing standing(Referral r) {
        Long position = r.status == ReferralStatus.WAITING ? referrals.waitingPosition(r) : null;
        String stage = r.status == ReferralStatus.IN_PROGRAMME
                ? matches.openFor(r.id).map((Match m) -> m.stage).orElse(null) : null;
        return new ReferralFhirView.Standing(stage, position);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ServiceRequest and Task

    @GET
    @Path("/ServiceRequest/{id}")
    @Transactional
    @RolesAllowed(Roles.PATHWAY)
    @Audited(value = SUBJECT, idParam = "id")
    @Produces(Fhir.JSON)
    @Operation(summary = "The referral as held, as a FHIR R4 ServiceRequest (status active, completed or revoked)")
    @APIResponse(responseCode = "200", description = "A FHIR R4 ServiceRequest",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 ServiceRequest")))
    @APIResponse(responseCode = "401", description = "No bearer token, or one the service does not accept",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer, with error=\"invalid_token\" when a"
                    + " token was sent and refused", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "403", description = "Your role may not do this",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "404", description = "No such referral, or not your pathway's",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    public Response serviceRequest(@PathParam("id") String id) {
        return ok(ReferralFhirView.serviceRequest(access.referral(uuid(id))));
    }

    @PUT
    @Path("/ServiceRequest/{id}")
    @Transactional
    @RolesAllowed(Roles.PATHWAY)
    @Audited(value = SUBJECT, idParam = "id")
    @Consumes(Fhir.JSON)
    @Produces(Fhir.JSON)
    @Operation(summary = "Withdraw a referral: update its ServiceRequest to status revoked, with why in note[0].text",
            description = "Nothing else of the ServiceRequest can be changed here (422 naming status otherwise). Any"
                    + " coach is released and the match ends, as with POST /api/v1/referrals/{id}/withdraw.")
    @RequestBody(required = true, content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
            description = "FHIR R4 ServiceRequest with status revoked and note[0].text")))
    @APIResponse(responseCode = "200", description = "Withdrawn: the FHIR R4 ServiceRequest, status revoked",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 ServiceRequest")))
    @APIResponse(responseCode = "400", description = "Not a valid ServiceRequest, or no reason; each element named",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one the service does not accept",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer, with error=\"invalid_token\" when a"
                    + " token was sent and refused", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "403", description = "Your role may not do this",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "404", description = "No such referral, or not your pathway's",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "409", description = "Already withdrawn, ineligible, graduated or ended",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "415", description = "The body is not application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "422", description = "A change other than status revoked",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    public Response updateServiceRequest(@PathParam("id") String id, String body) {
        Referral referral = access.referral(uuid(id));
        if (body == null || body.isBlank()) {
            return invalid(List.of(new Outcomes.Located("ServiceRequest", "the body must be the ServiceRequest",
                    IssueType.REQUIRED)));
        }
        List<SingleValidationMessage> structural = fhir.errorsIn(body);
        if (!structural.isEmpty()) {
            return invalid(structural.stream().map(m -> new Outcomes.Located(m.getLocationString(), m.getMessage(),
                    IssueType.STRUCTURE)).toList());
        }
        Resource resource;
        try {
            resource = (Resource) fhir.json().parseResource(body);
        } catch (DataFormatException e) {
            return invalid(List.of(new Outcomes.Located("ServiceRequest", e.getMessage(), IssueType.STRUCTURE)));
        }
        if (!(resource instanceof ServiceRequest sr)) {
            return invalid(List.of(new Outcomes.Located(resource.fhirType(), "must be a ServiceRequest",
                    IssueType.INVALID)));
        }
        List<Outcomes.Located> problems = new ArrayList<>();
        if (sr.getIdElement().hasIdPart() && !sr.getIdElement().getIdPart().equals(referral.id.toString())) {
            problems.add(new Outcomes.Located("ServiceRequest.id", "must be " + referral.id + ", the id in the address",
                    IssueType.INVALID));
        }
        String reason = sr.getNote().stream().map(n -> n.getText()).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
        if (sr.getStatus() == ServiceRequest.ServiceRequestStatus.REVOKED && reason == null) {
            problems.add(new Outcomes.Located("ServiceRequest.note", "say why the referral is withdrawn in"
                    + " note[0].text", IssueType.REQUIRED));
        } else if (reason != null && reason.length() > 500) {
            problems.add(new Outcomes.Located("ServiceRequest.note[0].text", "may be at most 500 characters",
                    IssueType.INVALID));
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        if (sr.getStatus() != ServiceRequest.ServiceRequestStatus.REVOKED) {
            return Response.status(422).type(Fhir.JSON).entity(fhir.write(Outcomes.of(List.of(new Outcomes.Located(
                    "ServiceRequest.status", "only a change to revoked (withdrawing the referral) is supported",
                    IssueType.BUSINESSRULE))))).build();
        }
        return ok(ReferralFhirView.serviceRequest(matchmaker.withdraw(referral.id, access.callerId(), reason)));
    }

    @GET
    @Path("/Task")
    @Transactional
    @RolesAllowed(Roles.PATHWAY)
    @Produces(Fhir.JSON)
    @Operation(summary = "Where a referral stands, as the FHIR R4 Task that tracks it: Task?focus=ServiceRequest/{id}",
            description = "A searchset Bundle with the referral's Task (none for an id that is not yours): status"
                    + " received, accepted (waiting or proposed), ready (matched), in-progress (with the taper"
                    + " stage), completed (graduated, with the activation measured again as a contained Observation),"
                    + " rejected (ineligible, with the reason), cancelled (withdrawn) or failed (ended).")
    @APIResponse(responseCode = "200", description = "A FHIR R4 Bundle of type searchset with 0 or 1 Task",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "FHIR R4 Bundle of type searchset")))
    @APIResponse(responseCode = "400", description = "focus is missing or not ServiceRequest/{id}",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one the service does not accept",
            headers = @Header(name = "WWW-Authenticate", description = "Bearer, with error=\"invalid_token\" when a"
                    + " token was sent and refused", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "403", description = "Your role may not do this",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow application/fhir+json",
            content = @Content(mediaType = Fhir.JSON, schema = @Schema(type = SchemaType.OBJECT, description = OO)))
    public Response tasks(@Parameter(description = "ServiceRequest/{id}", required = true) @QueryParam("focus")
            String focus, UriInfo uri) {
        UUID id = focus == null ? null : uuidOrNull(focus.replaceFirst("^.*?ServiceRequest/", ""));
        if (focus == null || id == null || !focus.contains("ServiceRequest/")) {
            throw ProblemException.invalidField("focus", "must be ServiceRequest/{id}, the id of your referral");
        }
        Bundle result = new Bundle();
        result.setId(UUID.randomUUID().toString());
        result.setType(Bundle.BundleType.SEARCHSET);
        result.getMeta().setLastUpdated(Date.from(clock.instant()));
        result.addLink().setRelation("self").setUrl(base(uri) + "Task?focus=ServiceRequest/" + id);
        Referral referral;
        try {
            referral = access.referral(id);
        } catch (ProblemException e) {
            audit.record(SUBJECT, id.toString(), "refused 404", "GET /fhir/r4/Task");
            result.setTotal(0);
            return ok(result);
        }
        audit.record(SUBJECT, id.toString(), "allowed", "GET /fhir/r4/Task");
        result.setTotal(1);
        result.addEntry().setFullUrl(base(uri) + "Task/" + referral.id)
                .setResource(ReferralFhirView.task(referral, standing(referral)))
                .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        return ok(result);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Response ok(Resource resource) {
        return Response.ok(fhir.write(resource), Fhir.JSON).build();
    }

    private static UUID uuid(String id) {
        UUID parsed = uuidOrNull(id);
        if (parsed == null) {
            throw ProblemException.notFound("Referral " + id);
        }
        return parsed;
    }

    private static UUID uuidOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The FHIR base address as the caller reached it, ending in a slash. */
    static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path("fhir/r4/").build().toString();
    }
}
