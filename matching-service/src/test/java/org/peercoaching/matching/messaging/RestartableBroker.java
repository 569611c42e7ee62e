package org.peercoaching.matching.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.peercoaching.kafka.EmbeddedKafkaBroker;

/** A broker of its own for one test class, which the test can stop and start again on the same port and data. */
public class RestartableBroker implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;
    private static int port;
    private static Path dataDir;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("relay-outage-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker = EmbeddedKafkaBroker.start(0, dataDir);
        String bootstrap = broker.bootstrapServers();
        port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    static synchronized void stopBroker() {
        broker.close();
    }

    static synchronized void startBroker() {
        broker = EmbeddedKafkaBroker.start(port, dataDir);
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
