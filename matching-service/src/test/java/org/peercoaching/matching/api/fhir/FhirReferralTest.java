package org.peercoaching.matching.api.fhir;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peercoaching.matching.Fixtures.as;
import static org.peercoaching.matching.Fixtures.asPathway;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.Scenario;
import org.peercoaching.matching.SecurityProfile;
import org.peercoaching.matching.domain.referral.ReferralRepository;

/**
 * A clinical system's view of the FHIR edge: the example messages of docs/examples/fhir sent with HAPI's own generic
 * client, every answer (successes and OperationOutcomes alike) put through HAPI's validator and found free of errors.
 */
@QuarkusTest
@TestProfile(SecurityProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class FhirReferralTest extends Scenario {

    static final FhirContext CTX = FhirContext.forR4();

    @TestHTTPResource("fhir/r4")
    URI base;

    @Inject
    Fhir fhir;

    @Inject
    ReferralRepository referrals;

    /** Every answer the server gave during a test: status and body. */
    final List<Answer> answers = new ArrayList<>();

    record Answer(int status, String mimeType, String body) {}

    final class Recorder implements IClientInterceptor {
        @Override
        public void interceptRequest(IHttpRequest request) {}

        @Override
        public void interceptResponse(IHttpResponse response) throws IOException {
            response.bufferEntity();
            try (Reader reader = response.createReader()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                    text.append(buffer, 0, n);
                }
                answers.add(new Answer(response.getStatus(), response.getMimeType(), text.toString()));
            }
        }
    }

    IGenericClient client(String token) {
        CTX.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = CTX.newRestfulGenericClient(base.toString());
        client.setEncoding(EncodingEnum.JSON);
        client.registerInterceptor(new Recorder());
        if (token != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        }
        return client;
    }

    IGenericClient pathway() {
        return client(Fixtures.PATHWAY_TOKEN);
    }

    /** An example message, with its pathway referral id made unique to this run. */
    static Bundle example(String name, String pathwayReferralId) {
        try {
            String text = Files.readString(Path.of("../docs/examples/fhir/" + name), StandardCharsets.UTF_8);
            text = text.replaceAll("\"(RHEUM|PAIN)-2026-0001\\d\\d\"|\"PAIN-2026-000077\"", "\"" + pathwayReferralId + "\"");
            return CTX.newJsonParser().parseResource(Bundle.class, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String newId() {
        return "FHIR-" + UUID.randomUUID();
    }

    Bundle send(IGenericClient client, Bundle message) {
        return client.operation().processMessage().setMessageBundle(message).synchronous(Bundle.class).execute();
    }

    static <T extends Resource> T entry(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    String referred(Bundle answer) {
        String id = entry(answer, ServiceRequest.class).getIdElement().getIdPart();
        referralIds.add(id);
        return id;
    }

    Task task(String referralId) {
        Bundle found = pathway().search().forResource(Task.class)
                .where(Task.FOCUS.hasId("ServiceRequest/" + referralId)).returnBundle(Bundle.class).execute();
        assertEquals(1, found.getTotal());
        return (Task) found.getEntryFirstRep().getResource();
    }

    Answer last() {
        return answers.get(answers.size() - 1);
    }

    @BeforeEach
    void fresh() {
        answers.clear();
    }

    @AfterEach
    void everyAnswerIsValidFhir() {
        assertFalse(answers.isEmpty(), "the test got answers");
        for (Answer answer : answers) {
            assertTrue(answer.mimeType() != null && answer.mimeType().startsWith("application/fhir+json"),
                    "FHIR media type, not " + answer.mimeType() + ": " + answer.body());
            List<SingleValidationMessage> errors = fhir.validator().validateWithResult(answer.body()).getMessages()
                    .stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                            || m.getSeverity() == ResultSeverityEnum.FATAL).toList();
            assertTrue(errors.isEmpty(), "HAPI's validator finds errors in an answer (" + answer.status() + "): "
                    + errors.stream().map(m -> m.getLocationString() + " " + m.getMessage())
                    .collect(Collectors.joining("; ")) + "\n" + answer.body());
        }
    }

    boolean stored(String pathway, String pathwayReferralId) {
        return QuarkusTransaction.requiringNew().call(() ->
                referrals.findByPathwayId(pathway, pathwayReferralId).isPresent());
    }

    static List<String> expressions(BaseServerResponseException e) {
        OperationOutcome outcome = assertInstanceOf(OperationOutcome.class, e.getOperationOutcome());
        return outcome.getIssue().stream().flatMap(i -> i.getExpression().stream().map(x -> x.getValue())).toList();
    }

    @Test
    void anEligibleReferralIsReceivedAndAnsweredWithAResponseMessageAndItsStandingReadsTheSameAsTheJsonApi() {
        String pathwayReferralId = newId();
        Bundle message = example("referral-eligible.json", pathwayReferralId);
        Bundle answer = send(pathway(), message);
        assertEquals(201, last().status());
        assertEquals(Bundle.BundleType.MESSAGE, answer.getType());
        MessageHeader header = (MessageHeader) answer.getEntryFirstRep().getResource();
        assertEquals(MessageHeader.ResponseType.OK, header.getResponse().getCode());
        assertEquals("3f0c8e2a-6b1d-4c7e-9f2a-5d8b1e4c7a90", header.getResponse().getIdentifier());
        String id = referred(answer);
        ServiceRequest held = entry(answer, ServiceRequest.class);
        assertEquals(ServiceRequest.ServiceRequestStatus.ACTIVE, held.getStatus());
        assertEquals(pathwayReferralId, held.getIdentifier().stream()
                .filter(i -> FhirNames.PATHWAY_REFERRAL_ID.equals(i.getSystem())).findFirst().orElseThrow().getValue());
        assertEquals("69896004", held.getReasonCodeFirstRep().getCodingFirstRep().getCode());

        ServiceRequest read = pathway().read().resource(ServiceRequest.class).withId(id).execute();
        assertEquals(id, read.getIdElement().getIdPart());
        Task task = task(id);
        assertEquals("ServiceRequest/" + id, task.getFocus().getReference());
        // the JSON API says the same of the same referral, with the LSOA turned into its IMD2025 decile
        String status = asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("pathwayReferralId", equalTo(pathwayReferralId))
                .body("imdDecile", equalTo(7)).body("imdEdition", equalTo("IMD2025"))
                .body("lsoaCode", equalTo("E01015184"))
                .extract().path("status");
        assertEquals(status, task.getBusinessStatus().getCodingFirstRep().getCode());
        assertEquals(Map.of("WAITING", Task.TaskStatus.ACCEPTED, "PROPOSED", Task.TaskStatus.ACCEPTED,
                "MATCHED", Task.TaskStatus.READY).get(status), task.getStatus());
    }

    @Test
    void aResendIsAnsweredWithTheReferralHeldAsTheJsonApiDoesAndTheSameReferralSentAsJsonIsTheSameReferral() {
        String pathwayReferralId = newId();
        String first = referred(send(pathway(), example("referral-eligible.json", pathwayReferralId)));
        assertEquals(201, last().status());
        Bundle again = send(pathway(), example("referral-resend.json", pathwayReferralId));
        assertEquals(200, last().status());
        assertEquals(first, entry(again, ServiceRequest.class).getIdElement().getIdPart());
        assertEquals("7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
                ((MessageHeader) again.getEntryFirstRep().getResource()).getResponse().getIdentifier());
        // the same referral through the JSON door: the same one, 200
        String json = """
                {"pathwayReferralId":"%s","pathway":"rheumatology",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123","language":"en"},
                 "conditionCodes":["69896004"],
                 "activation":{"instrument":"PAM-13","score":44.90,"level":1,"measuredOn":"2026-11-02"},
                 "homeArea":{"lsoaCode":"E01015184"},
                 "callWindows":[{"day":"TUESDAY","start":"17:00","end":"19:00"}],
                 "consent":{"contact":true,"shareGoalsWithClinicalTeam":true}}
                """.formatted(pathwayReferralId);
        asPathway().contentType(ContentType.JSON).body(json).when().post("/api/v1/referrals")
                .then().statusCode(200).body("id", equalTo(first));
        // different details under the same id: 409, located at the identifier
        Bundle changed = example("referral-eligible.json", pathwayReferralId);
        ((Observation) changed.getEntry().get(3).getResource()).getValueQuantity().setValue(40.0);
        ((Observation) changed.getEntry().get(3).getResource()).getComponentFirstRep()
                .setValue(new org.hl7.fhir.r4.model.IntegerType(1));
        BaseServerResponseException conflict = assertThrows(BaseServerResponseException.class,
                () -> send(pathway(), changed));
        assertEquals(409, conflict.getStatusCode());
        assertEquals(List.of("Bundle.entry[1].resource.identifier[0].value"), expressions(conflict));
    }

    @Test
    void anIneligibleReferralIsRecordedAndItsTaskIsRejectedWithTheReason() {
        Bundle answer = send(pathway(), example("referral-ineligible.json", newId()));
        assertEquals(201, last().status());
        String id = referred(answer);
        Task task = entry(answer, Task.class);
        assertEquals(Task.TaskStatus.REJECTED, task.getStatus());
        assertTrue(task.getStatusReason().getText().contains("level 3"), task.getStatusReason().getText());
        assertEquals(Task.TaskStatus.REJECTED, task(id).getStatus());
        assertEquals(ServiceRequest.ServiceRequestStatus.REVOKED,
                pathway().read().resource(ServiceRequest.class).withId(id).execute().getStatus());
    }

    @Test
    void aReferralToAnotherPathwayIsForbiddenAtThePathwayElementAndNothingIsStored() {
        String pathwayReferralId = newId();
        ForbiddenOperationException refused = assertThrows(ForbiddenOperationException.class,
                () -> send(pathway(), example("referral-wrong-pathway.json", pathwayReferralId)));
        assertEquals(List.of("Bundle.entry[1].resource.category[0].coding[0].code"), expressions(refused));
        assertFalse(stored("pain-management", pathwayReferralId));
        assertFalse(stored("rheumatology", pathwayReferralId));
        // a coordinator may not refer at all
        assertThrows(ForbiddenOperationException.class,
                () -> send(client(Fixtures.COORDINATOR_TOKEN), example("referral-eligible.json", pathwayReferralId)));
        assertThrows(AuthenticationException.class,
                () -> send(client(null), example("referral-eligible.json", pathwayReferralId)));
        assertFalse(stored("rheumatology", pathwayReferralId));
    }

    @Test
    void aMalformedBundleGetsAnOperationOutcomeNamingEachBadElementAndNothingIsStored() {
        String pathwayReferralId = newId();
        // HAPI's client cannot hold what is not FHIR (its parser refuses "maybe" as a status), so the message goes
        // as the bytes a clinical system's faulty mapping would send
        String malformed = raw("referral-malformed.json", pathwayReferralId);
        String outcome = asPathway().urlEncodingEnabled(false).contentType("application/fhir+json").body(malformed)
                .when().post("/fhir/r4/$process-message")
                .then().statusCode(400).contentType("application/fhir+json").extract().asString();
        answers.add(new Answer(400, "application/fhir+json", outcome));
        OperationOutcome parsed = CTX.newJsonParser().parseResource(OperationOutcome.class, outcome);
        String all = parsed.getIssue().stream().map(i -> i.getExpression().toString() + " " + i.getDiagnostics())
                .collect(Collectors.joining("\n"));
        assertTrue(all.contains("favouriteColour"), all);
        assertTrue(all.contains("maybe"), all);
        assertTrue(all.contains("23/11/1961"), all);
        assertTrue(parsed.getIssue().stream().anyMatch(i -> i.getExpression().stream()
                .anyMatch(x -> x.getValue().startsWith("Bundle.entry[3]")) && i.getDiagnostics().contains("status")), all);
        parsed.getIssue().forEach(i -> assertFalse(i.getExpression().isEmpty(), "every issue is located: " + all));
        assertFalse(stored("rheumatology", pathwayReferralId));
    }

    static String raw(String name, String pathwayReferralId) {
        try {
            return Files.readString(Path.of("../docs/examples/fhir/" + name), StandardCharsets.UTF_8)
                    .replaceAll("\"RHEUM-2026-0001\\d\\d\"", "\"" + pathwayReferralId + "\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReferralWithoutConsentOrWithABadPhoneIsRefusedAtTheElementAndNothingIsStored() {
        String pathwayReferralId = newId();
        InvalidRequestException noConsent = assertThrows(InvalidRequestException.class,
                () -> send(pathway(), example("referral-missing-consent.json", pathwayReferralId)));
        assertEquals(List.of("Bundle.entry"), expressions(noConsent));
        assertTrue(((OperationOutcome) noConsent.getOperationOutcome()).getIssueFirstRep().getDiagnostics()
                .contains("Consent"));
        assertFalse(stored("rheumatology", pathwayReferralId));

        Bundle badPhone = example("referral-eligible.json", pathwayReferralId);
        ((org.hl7.fhir.r4.model.Patient) badPhone.getEntry().get(2).getResource()).getTelecomFirstRep().setValue("12345");
        ((org.hl7.fhir.r4.model.Patient) badPhone.getEntry().get(2).getResource()).getAddressFirstRep()
                .getExtensionFirstRep().setValue(new org.hl7.fhir.r4.model.StringType("W01000001"));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> send(pathway(), badPhone));
        assertEquals(List.of("Bundle.entry[2].resource.telecom[0].value"), expressions(refused));
        // as in the JSON API, the LSOA is looked up once the fields are well-formed: a Welsh code is not in IMD
        ((org.hl7.fhir.r4.model.Patient) badPhone.getEntry().get(2).getResource()).getTelecomFirstRep()
                .setValue("07700 900123");
        InvalidRequestException welsh = assertThrows(InvalidRequestException.class, () -> send(pathway(), badPhone));
        assertEquals(List.of("Bundle.entry[2].resource.address[0].extension[0].value"), expressions(welsh));
        assertFalse(stored("rheumatology", pathwayReferralId));
    }

    @Test
    void aCancelMessageAndAnUpdateToRevokedEachWithdrawAReferralAndTheTaskIsCancelled() {
        String pathwayReferralId = newId();
        String id = referred(send(pathway(), example("referral-eligible.json", pathwayReferralId)));
        Bundle cancelled = send(pathway(), example("referral-cancel.json", pathwayReferralId));
        assertEquals(200, last().status());
        assertEquals(ServiceRequest.ServiceRequestStatus.REVOKED, entry(cancelled, ServiceRequest.class).getStatus());
        Task task = task(id);
        assertEquals(Task.TaskStatus.CANCELLED, task.getStatus());
        assertEquals("The person moved out of the area", task.getStatusReason().getText());
        asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        // again: it is already closed
        BaseServerResponseException closed = assertThrows(BaseServerResponseException.class,
                () -> send(pathway(), example("referral-cancel.json", pathwayReferralId)));
        assertEquals(409, closed.getStatusCode());

        String other = referred(send(pathway(), example("referral-eligible.json", newId())));
        ServiceRequest revoke = pathway().read().resource(ServiceRequest.class).withId(other).execute();
        revoke.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        InvalidRequestException noReason = assertThrows(InvalidRequestException.class,
                () -> pathway().update().resource(revoke).execute());
        assertEquals(List.of("ServiceRequest.note"), expressions(noReason));
        revoke.addNote().setText("The person no longer wants coaching");
        pathway().update().resource(revoke).execute();
        assertEquals(200, last().status());
        assertEquals(Task.TaskStatus.CANCELLED, task(other).getStatus());
        // another pathway reaches none of it
        IGenericClient painManagement = client(DevTokens.pathway("pain-management"));
        assertThrows(ResourceNotFoundException.class,
                () -> painManagement.read().resource(ServiceRequest.class).withId(other).execute());
        assertEquals(0, painManagement.search().forResource(Task.class)
                .where(Task.FOCUS.hasId("ServiceRequest/" + other)).returnBundle(Bundle.class).execute().getTotal());
        assertThrows(ResourceNotFoundException.class,
                () -> pathway().read().resource(ServiceRequest.class).withId("not-a-referral").execute());
    }

    @Test
    void theCapabilityStatementListsExactlyWhatIsSupported() {
        CapabilityStatement cs = client(null).capabilities().ofType(CapabilityStatement.class).execute();
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.getRestFirstRep();
        assertEquals(List.of("ServiceRequest", "Task"), rest.getResource().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).toList());
        assertEquals(List.of("read", "update"), rest.getResource().get(0).getInteraction().stream()
                .map(i -> i.getCode().toCode()).toList());
        assertEquals(List.of("search-type"), rest.getResource().get(1).getInteraction().stream()
                .map(i -> i.getCode().toCode()).toList());
        assertEquals(List.of("focus"), rest.getResource().get(1).getSearchParam().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName).toList());
        assertEquals(List.of("process-message"), rest.getOperation().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName).toList());
    }

    @Test
    void everyFhirReadAndReferralIsAudited() {
        String id = referred(send(pathway(), example("referral-eligible.json", newId())));
        pathway().read().resource(ServiceRequest.class).withId(id).execute();
        task(id);
        List<Map<String, Object>> rows = as(Fixtures.ADMIN_TOKEN).queryParam("subjectType", "referral")
                .queryParam("subjectId", id).queryParam("limit", 100)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("$");
        List<String> actions = rows.stream().map(r -> (String) r.get("action")).sorted().toList();
        assertEquals(List.of("GET /fhir/r4/ServiceRequest/{id}", "GET /fhir/r4/Task", "POST /fhir/r4/$process-message"),
                actions);
        rows.forEach(r -> assertEquals("pathway-rheumatology", r.get("actor")));
    }

    @Test
    void theFhirJourneyFromReferralToGraduationEndsWithTheTaskCompletedAndTheActivationMeasuredAgain() {
        UUID coach = coachJoins("Aisha", "FEMALE");
        Bundle answer = send(pathway(), example("referral-eligible.json", newId()));
        String id = referred(answer);
        assertEquals(Task.TaskStatus.READY, entry(answer, Task.class).getStatus(), "matched at once");
        Map<String, Object> match = openMatch(id);
        assertNotNull(match);
        TopicReader.send(bootstrap, scheduleTopic, id, Fixtures.stageChanged(UUID.fromString((String) match.get("id")),
                UUID.fromString(id), coach, null, "WEEKLY"));
        await().atMost(PATIENCE).until(() -> task(id).getStatus() == Task.TaskStatus.INPROGRESS);
        Task inProgramme = task(id);
        assertEquals("WEEKLY", inProgramme.getOutput().stream()
                .filter(o -> "taper-stage".equals(o.getType().getCodingFirstRep().getCode())).findFirst().orElseThrow()
                .getValue().primitiveValue());
        TopicReader.send(bootstrap, scheduleTopic, id, Fixtures.programmeCompleted(UUID.fromString(id), coach));
        await().atMost(PATIENCE).until(() -> task(id).getStatus() == Task.TaskStatus.COMPLETED);
        Task done = task(id);
        Reference after = (Reference) done.getOutput().stream()
                .filter(o -> "activation-after".equals(o.getType().getCodingFirstRep().getCode())).findFirst()
                .orElseThrow().getValue();
        Observation measured = (Observation) done.getContained().stream()
                .filter(r -> after.getReference().equals("#" + r.getIdElement().getIdPart())).findFirst().orElseThrow();
        assertEquals("PAM-13", measured.getCode().getCodingFirstRep().getCode());
        assertEquals(0, measured.getValueQuantity().getValue().compareTo(new java.math.BigDecimal("60.2")));
        assertEquals("3", measured.getComponentFirstRep().getValue().primitiveValue());
        assertEquals(ServiceRequest.ServiceRequestStatus.COMPLETED,
                pathway().read().resource(ServiceRequest.class).withId(id).execute().getStatus());
    }
}
