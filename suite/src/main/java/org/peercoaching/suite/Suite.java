package org.peercoaching.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peercoaching.kafka.EmbeddedKafkaBroker;

/**
 * The whole suite on one machine: a real Kafka broker (KRaft, in this JVM) and the three services as
 * their own processes. Used by the local run and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {

    public static final List<String> SERVICES = List.of("volunteer-service", "matching-service", "schedule-service");

    /** Lean JVM flags: a service starts in about 3 s and stays near 230 MB. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    private final EmbeddedKafkaBroker broker;
    private final Map<String, ServiceProcess> services;

    private Suite(EmbeddedKafkaBroker broker, Map<String, ServiceProcess> services) {
        this.broker = broker;
        this.services = services;
    }

    /** What to start and where. */
    public record Settings(
            Path repoRoot,
            int kafkaPort,
            Path kafkaDataDir,
            Map<String, Integer> ports,
            Path logDir,
            Function<String, Map<String, String>> serviceProperties) {}

    public static Suite start(Settings settings) {
        EmbeddedKafkaBroker broker = settings.kafkaDataDir() == null
                ? EmbeddedKafkaBroker.startTemporary()
                : EmbeddedKafkaBroker.start(settings.kafkaPort(), settings.kafkaDataDir());
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        Suite suite = new Suite(broker, started);
        try {
            for (String name : SERVICES) {
                Map<String, String> properties = new HashMap<>(settings.serviceProperties().apply(name));
                properties.put("kafka.bootstrap.servers", broker.bootstrapServers());
                started.put(name, ServiceProcess.start(settings.repoRoot(), name, settings.ports().get(name),
                        properties, settings.logDir(), JVM_OPTIONS));
            }
            for (ServiceProcess service : started.values()) {
                service.awaitReady(Duration.ofSeconds(120));
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        services.values().forEach(s -> urls.add(s.name + " " + s.baseUrl()));
        return urls;
    }

    /** Services first (they flush their work and leave their consumer groups), then the broker. */
    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        broker.close();
    }
}
