package org.peercoaching.matching.flow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;
import org.peercoaching.matching.IsolatedDatabaseProfile;
import org.peercoaching.matching.Scenario;
import org.peercoaching.pathwayclient.ApiClient;
import org.peercoaching.pathwayclient.ApiException;
import org.peercoaching.pathwayclient.ApiResponse;
import org.peercoaching.pathwayclient.api.ReferralsApi;
import org.peercoaching.pathwayclient.model.ActivationBody;
import org.peercoaching.pathwayclient.model.CallWindowBody;
import org.peercoaching.pathwayclient.model.ConsentBody;
import org.peercoaching.pathwayclient.model.DayOfWeek;
import org.peercoaching.pathwayclient.model.HomeAreaBody;
import org.peercoaching.pathwayclient.model.PersonBody;
import org.peercoaching.pathwayclient.model.Problem;
import org.peercoaching.pathwayclient.model.ReferralView;
import org.peercoaching.pathwayclient.model.SubmitReferralBody;
import org.peercoaching.pathwayclient.model.WithdrawRequest;

/**
 * A pathway system as it would really integrate: with a Java client generated from the published document
 * (docs/openapi/matching-service.json, by openapi-generator in this module's build, with no hand edits), it
 * refers a person with a real LSOA code, reads where they stand, resends after a timeout, withdraws another,
 * reads the problems it is given, and receives the signed webhook when its person graduates.
 */
@QuarkusTest
@TestProfile(PathwayClientTest.PathwaySystemProfile.class)
@WithTestResource(KafkaBrokerResource.class)
class PathwayClientTest extends Scenario {

    static final String SECRET = "generated-client-webhook-secret-0123456789";

    /** The pathway system's webhook endpoint; its port is fixed before the service starts (see FlakyPathway). */
    static final class PathwaySystem {
        static final String PORT = "peercoaching.test.client-webhook-port";
        static final List<String> BODIES = new CopyOnWriteArrayList<>();
        static final List<String> SIGNATURES = new CopyOnWriteArrayList<>();
        static HttpServer server;

        static String url() {
            return "http://localhost:" + LocalPort.of(PORT) + "/pifu/peer-coaching";
        }

        static synchronized void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", LocalPort.of(PORT)), 0);
            server.createContext("/pifu/peer-coaching", exchange -> {
                SIGNATURES.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-PeerCoaching-Signature")));
                BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }
    }

    public static class PathwaySystemProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(IsolatedDatabaseProfile.overrides("pathway-client"));
            overrides.putAll(Map.of("peercoaching.webhooks.\"rheumatology\".url", PathwaySystem.url(),
                    "peercoaching.webhooks.\"rheumatology\".secret", SECRET,
                    "peercoaching.webhooks.poll-interval", "1s"));
            return overrides;
        }
    }

    @BeforeAll
    static void pathwaySystemIsListening() throws IOException {
        PathwaySystem.start();
    }

    @AfterAll
    static void pathwaySystemStops() {
        if (PathwaySystem.server != null) {
            PathwaySystem.server.stop(0);
        }
    }

    static ReferralsApi referralsAs(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ReferralsApi(client);
    }

    /** Brian, from a real Torbay LSOA (E01015183), as the pathway's own system would fill the generated model. */
    static SubmitReferralBody referral(String pathwayReferralId) {
        SubmitReferralBody body = new SubmitReferralBody();
        body.setPathwayReferralId(pathwayReferralId);
        body.setPathway(Fixtures.PATHWAY);
        PersonBody person = new PersonBody();
        person.setFirstName("Brian");
        person.setLastName("Jones");
        person.setPhone("07700 900123");
        person.setLanguage("en");
        body.setPerson(person);
        body.setConditionCodes(List.of("69896004"));
        ActivationBody activation = new ActivationBody();
        activation.setInstrument("PAM-13");
        activation.setScore(new BigDecimal("44.9"));
        activation.setLevel(1);
        activation.setMeasuredOn(LocalDate.of(2026, 11, 2));
        body.setActivation(activation);
        HomeAreaBody home = new HomeAreaBody();
        home.setLsoaCode("E01015183");
        body.setHomeArea(home);
        CallWindowBody window = new CallWindowBody();
        window.setDay(DayOfWeek.TUESDAY);
        window.setStart("17:00");
        window.setEnd("19:00");
        body.setCallWindows(List.of(window));
        ConsentBody consent = new ConsentBody();
        consent.setContact(true);
        consent.setShareGoalsWithClinicalTeam(true);
        body.setConsent(consent);
        return body;
    }

    @Test
    void aPathwaySystemWithAGeneratedClientRefersRetriesWithdrawsAndIsToldOfTheGraduation() throws Exception {
        ReferralsApi pathway = referralsAs(Fixtures.PATHWAY_TOKEN);
        UUID coach = coachJoins("Aisha", "FEMALE");

        String pathwayReferralId = "PIFU-" + UUID.randomUUID();
        ApiResponse<ReferralView> created = pathway.submitWithHttpInfo(referral(pathwayReferralId));
        assertEquals(201, created.getStatusCode());
        ReferralView brian = created.getData();
        assertNotNull(brian.getId());
        referralIds.add(brian.getId().toString());
        assertEquals("E01015183", brian.getLsoaCode());
        assertEquals("IMD2025", brian.getImdEdition());
        assertNotNull(brian.getImdDecile());

        // a timeout, so the pathway sends the same referral again: the same person, not a second one
        ApiResponse<ReferralView> resent = pathway.submitWithHttpInfo(referral(pathwayReferralId));
        assertEquals(200, resent.getStatusCode());
        assertEquals(brian.getId(), resent.getData().getId());

        // the same id with different details is refused with a problem the client can read
        SubmitReferralBody changed = referral(pathwayReferralId);
        changed.getPerson().setPhone("07700 900999");
        ApiException conflict = assertThrows(ApiException.class, () -> pathway.submit(changed));
        assertEquals(409, conflict.getCode());
        Problem why = problem(conflict);
        assertEquals(409, why.getStatus());

        // bad input: each bad field named
        SubmitReferralBody invalid = referral("PIFU-" + UUID.randomUUID());
        invalid.getPerson().setPhone("not a phone");
        invalid.setConditionCodes(List.of());
        ApiException refused = assertThrows(ApiException.class, () -> pathway.submit(invalid));
        assertEquals(400, refused.getCode());
        List<String> fields = problem(refused).getErrors().stream().map(e -> e.getField()).toList();
        assertTrue(fields.containsAll(List.of("person.phone", "conditionCodes")), fields.toString());

        // Brian is matched; schedule-service runs his plan, and he graduates
        await().atMost(PATIENCE).until(() -> List.of("PROPOSED", "MATCHED")
                .contains(pathway.getReferrals(brian.getId()).getStatus()));
        Map<String, Object> match = openMatch(brian.getId().toString());
        TopicReader.send(bootstrap, scheduleTopic, brian.getId().toString(), Fixtures.stageChanged(
                UUID.fromString((String) match.get("id")), brian.getId(), coach, null, "WEEKLY"));
        TopicReader.send(bootstrap, scheduleTopic, brian.getId().toString(),
                Fixtures.programmeCompleted(brian.getId(), coach));
        await().atMost(PATIENCE).until(() -> "GRADUATED".equals(pathway.getReferrals(brian.getId()).getStatus()));
        await().atMost(PATIENCE).until(() -> !PathwaySystem.BODIES.isEmpty());
        String told = PathwaySystem.BODIES.get(0);
        PathwayWebhookTest.assertSignedWith(SECRET, PathwaySystem.SIGNATURES.get(0), told);
        assertTrue(told.contains("\"referralId\":\"" + brian.getId() + "\""), told);
        assertTrue(told.contains("\"pathwayReferralId\":\"" + pathwayReferralId + "\""), told);

        // another person no longer wants coaching: the pathway withdraws them
        ReferralView other = pathway.submit(referral("PIFU-" + UUID.randomUUID()));
        referralIds.add(other.getId().toString());
        WithdrawRequest reason = new WithdrawRequest();
        reason.setReason("The person moved out of the area");
        assertEquals("WITHDRAWN", pathway.withdraw(other.getId(), reason).getStatus());
        assertEquals("WITHDRAWN", pathway.getReferrals(other.getId()).getStatus());

        // someone else's pathway cannot see Brian
        ApiException notYours = assertThrows(ApiException.class,
                () -> referralsAs(DevTokens.pathway("respiratory")).getReferrals(brian.getId()));
        assertEquals(404, notYours.getCode());
    }

    static Problem problem(ApiException e) throws IOException {
        return new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }
}
