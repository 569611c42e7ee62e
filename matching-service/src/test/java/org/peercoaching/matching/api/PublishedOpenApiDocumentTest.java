package org.peercoaching.matching.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.peercoaching.contract.PublishedDocument;
import org.peercoaching.kafka.KafkaBrokerResource;

/** Pathway systems generate clients from docs/openapi/matching-service.json: it must be what the service serves. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class PublishedOpenApiDocumentTest {

    @Test
    void theServedDocumentIsThePublishedOne() {
        PublishedDocument.assertServedAsPublished(RestAssured.baseURI + ":" + RestAssured.port, "matching-service");
    }
}
