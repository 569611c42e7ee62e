package org.peercoaching.matching.api;

import static org.peercoaching.matching.Fixtures.asPathway;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.peercoaching.kafka.KafkaBrokerResource;
import org.peercoaching.kafka.TopicReader;
import org.peercoaching.matching.Fixtures;

/** Eligibility, IMD from an LSOA code, and withdrawal: what a pathway system sees. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class IntakeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String body() {
        return Fixtures.referral("TEST-" + UUID.randomUUID(), null);
    }

    static String post(String body, int expected) {
        return asPathway().contentType(ContentType.JSON).body(body).when().post("/api/v1/referrals")
                .then().statusCode(expected).extract().asString();
    }

    @Test
    void aReferralWithHighActivationIsRecordedAsIneligibleWithTheReasonAndAnnounced() {
        String id = asPathway().contentType(ContentType.JSON)
                .body(body().replace("\"score\":44.9,\"level\":1", "\"score\":60.0,\"level\":3"))
                .when().post("/api/v1/referrals")
                .then().statusCode(201)
                .body("status", equalTo("INELIGIBLE"))
                .body("reason", containsString("level 3"))
                .extract().path("id");
        asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("INELIGIBLE"))
                .body("reason", containsString("low activation"));
        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(bootstrap, "referrals",
                v -> v.contains(id) && v.contains("referral.ineligible.v1"), 1, Duration.ofSeconds(60));
        assertEquals(id, events.get(0).key());
        assertTrue(!events.get(0).value().contains("Jones"), "no personal details on the referrals topic");
    }

    @Test
    void aFreeInstrumentIsAcceptedWithItsOwnCutPoint() {
        asPathway().contentType(ContentType.JSON)
                .body(body().replace("\"instrument\":\"PAM-13\",\"score\":44.9,\"level\":1",
                        "\"instrument\":\"SEMCD-6\",\"score\":4.5"))
                .when().post("/api/v1/referrals")
                .then().statusCode(201).body("status", org.hamcrest.Matchers.not(equalTo("INELIGIBLE")));
    }

    static String livingIn(String lsoaCode) {
        return body().replace("\"homeArea\":{\"imdDecile\":2}", "\"homeArea\":{\"lsoaCode\":\"" + lsoaCode + "\"}");
    }

    /** Posts a referral from that LSOA and checks the decile, edition and code, as created and as read back. */
    static void assertLookedUp(String sent, int decile, String edition, String code) {
        String id = asPathway().contentType(ContentType.JSON).body(livingIn(sent))
                .when().post("/api/v1/referrals")
                .then().statusCode(201)
                .body("imdDecile", equalTo(decile))
                .body("imdEdition", equalTo(edition))
                .body("lsoaCode", equalTo(code))
                .extract().path("id");
        asPathway().when().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("imdDecile", equalTo(decile))
                .body("imdEdition", equalTo(edition))
                .body("lsoaCode", equalTo(code));
    }

    @Test
    void aTorbay2021LsoaCodeGetsItsPublishedImd2025Decile() {
        // Torbay (E06000027) 2021 LSOAs, IoD2025 deciles as published
        assertLookedUp("E01015183", 4, "IMD2025", "E01015183");
        // in both editions (2019: decile 6): the 2025 decile wins
        assertLookedUp("e01015184", 7, "IMD2025", "E01015184");
    }

    @Test
    void a2011LsoaCodeThatIsNoLongerA2021CodeGetsItsPublishedImd2019Decile() {
        // E01015195 (Torbay) was split in 2021: only in IoD2019, decile 3
        assertLookedUp("E01015195", 3, "IMD2019", "E01015195");
    }

    @Test
    void aDecileGivenByThePathwayHasNoEditionNorCode() {
        asPathway().contentType(ContentType.JSON).body(body()).when().post("/api/v1/referrals")
                .then().statusCode(201)
                .body("imdDecile", equalTo(2))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("imdEdition")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("lsoaCode")));
    }

    @Test
    void aDecileThatContradictsTheLsoaIsAFieldError() {
        asPathway().contentType(ContentType.JSON)
                .body(body().replace("\"homeArea\":{\"imdDecile\":2}",
                        "\"homeArea\":{\"lsoaCode\":\"E01015184\",\"imdDecile\":6}"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400)
                .body("errors.field", hasItems("homeArea.imdDecile"))
                .body("errors.message", hasItems(containsString("IMD2025 decile (7)")));
    }

    @Test
    void anUnknownLsoaIsAFieldErrorAndNothingIsStored() {
        String body = livingIn("E01999999");
        asPathway().contentType(ContentType.JSON).body(body).when().post("/api/v1/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("homeArea.lsoaCode")));
        asPathway().contentType(ContentType.JSON).body(livingIn("W01000001")).when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors.field", equalTo(List.of("homeArea.lsoaCode")));
        // the same referral id with a known code is then taken: nothing was stored for it
        asPathway().contentType(ContentType.JSON).body(body.replace("E01999999", "E01015196"))
                .when().post("/api/v1/referrals").then().statusCode(201).body("imdDecile", equalTo(1));
    }

    @Test
    void aHomeAreaWithNeitherLsoaNorDecileAndABadLsoaShapeAreFieldErrors() {
        asPathway().contentType(ContentType.JSON).body(body().replace("\"homeArea\":{\"imdDecile\":2}", "\"homeArea\":{}"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors.field", hasItems("homeArea.lsoaCodeOrImdDecile"));
        asPathway().contentType(ContentType.JSON)
                .body(body().replace("\"homeArea\":{\"imdDecile\":2}", "\"homeArea\":{\"lsoaCode\":\"not-an-area\"}"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors.field", hasItems("homeArea.lsoaCode"));
    }

    @Test
    void anUnknownInstrumentAndALevelThatContradictsTheScoreAreFieldErrors() {
        asPathway().contentType(ContentType.JSON).body(body().replace("PAM-13", "MYSTERY-1"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors.field", hasItems("activation.instrument"));
        asPathway().contentType(ContentType.JSON).body(body().replace("\"level\":1", "\"level\":2"))
                .when().post("/api/v1/referrals")
                .then().statusCode(400).body("errors.field", hasItems("activation.level"));
    }

    @Test
    void aPathwayCanWithdrawAReferralOnceAndIsToldWhy() {
        String id = asPathway().contentType(ContentType.JSON).body(body()).when().post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        asPathway().contentType(ContentType.JSON).body("{}").when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(400).body("errors.field", hasItems("reason"));
        asPathway().contentType(ContentType.JSON).body("{\"reason\":\"" + "x".repeat(501) + "\"}")
                .when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(400).body("errors.field", hasItems("reason"));
        asPathway().contentType(ContentType.JSON).body("{\"reason\":\"The person moved away\"}")
                .when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("reason", equalTo("The person moved away"));
        asPathway().contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .when().post("/api/v1/referrals/" + id + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json");
        asPathway().when().get("/api/v1/referrals/" + id + "/history").then().statusCode(200)
                .body("actions[0].action", equalTo("WITHDRAW"))
                .body("actions[0].by", equalTo("pathway-rheumatology")) // who acted: the token's subject
                .body("actions[0].reason", equalTo("The person moved away"));
        TopicReader.awaitRecords(bootstrap, "referrals", v -> v.contains(id) && v.contains("referral.withdrawn.v1"), 1,
                Duration.ofSeconds(60));
        asPathway().contentType(ContentType.JSON).body("{\"reason\":\"x\"}")
                .when().post("/api/v1/referrals/" + UUID.randomUUID() + "/withdraw").then().statusCode(404);
    }
}
