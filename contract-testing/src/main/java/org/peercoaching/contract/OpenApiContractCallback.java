package org.peercoaching.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link OpenApiContract} on every RestAssured call of every @QuarkusTest of a service that depends on this. */
public class OpenApiContractCallback implements QuarkusTestBeforeEachCallback {

    private static final OpenApiContract CONTRACT = new OpenApiContract();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(CONTRACT)) {
            RestAssured.filters(CONTRACT);
        }
    }
}
