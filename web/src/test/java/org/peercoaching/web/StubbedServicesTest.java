package org.peercoaching.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.peercoaching.devidentity.DevTokens;

/** Page tests against stubbed services (StubServices): started once per class, signed in as a coordinator. */
public abstract class StubbedServicesTest {

    protected final String coordinator = DevTokens.coordinator("j.okafor");

    @BeforeAll
    static void startStubbedServices() {
        StubServices.start();
    }

    @AfterAll
    static void stopStubbedServices() {
        StubServices.stop();
    }
}
