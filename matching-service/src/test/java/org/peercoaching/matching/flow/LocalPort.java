package org.peercoaching.matching.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A free port for a test's own HTTP endpoint (a pathway system's webhook), chosen before the service starts so its
 * profile can name it. Kept in a system property because Quarkus loads the profile and the test in different class
 * loaders, which must agree on it.
 */
final class LocalPort {

    private LocalPort() {}

    static synchronized int of(String property) {
        if (System.getProperty(property) == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                System.setProperty(property, String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.parseInt(System.getProperty(property));
    }
}
