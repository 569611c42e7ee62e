package org.peercoaching.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a @QuarkusTest at the real broker shared by the test JVM (started on first use). */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", EmbeddedKafkaBroker.sharedBootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives each Quarkus restart; a shutdown hook stops it with the JVM
    }
}
