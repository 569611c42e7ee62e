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

    /** How long a stop waits for the broker before leaving it to end with the process. */
    static final java.time.Duration BROKER_STOP_LIMIT = java.time.Duration.ofSeconds(15);


    public static final List<String> SERVICES = List.of("volunteer-service", "matching-service", "schedule-service");

    /** The pages for coordinators and volunteers; started after the services when the settings give it a port. */
    public static final String WEB = "web";

    /**
     * Lean JVM flags (C1 only, serial GC, small heap): the fastest and smallest start measured on JDK 17 and JDK 25,
     * with or without a class data archive (docs/benchmarks.md). The JDK and the archive come from {@link ServiceJvm}.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    private EmbeddedKafkaBroker broker;
    private final Map<String, ServiceProcess> services;
    private final Settings settings;
    private final String bootstrapServers;
    private java.util.function.Consumer<Map<String, Long>> launched = pids -> {};

    private Suite(EmbeddedKafkaBroker broker, Map<String, ServiceProcess> services, Settings settings) {
        this.broker = broker;
        this.services = services;
        this.settings = settings;
        this.bootstrapServers = broker.bootstrapServers();
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
        return start(settings, pids -> {});
    }

    /** As {@link #start(Settings)}; {@code launched} is told the running services' pids after each launch. */
    public static Suite start(Settings settings, java.util.function.Consumer<Map<String, Long>> launched) {
        EmbeddedKafkaBroker broker = settings.kafkaDataDir() == null
                ? EmbeddedKafkaBroker.startTemporary()
                : EmbeddedKafkaBroker.start(settings.kafkaPort(), settings.kafkaDataDir());
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        Suite suite = new Suite(broker, started, settings);
        suite.launched = launched;
        try {
            for (String name : SERVICES) {
                started.put(name, suite.launch(name));
                launched.accept(suite.pids());
            }
            for (ServiceProcess service : started.values()) {
                service.awaitReady(Duration.ofSeconds(120));
            }
            if (settings.ports().containsKey(WEB)) {
                ServiceProcess web = suite.launch(WEB);
                started.put(WEB, web);
                launched.accept(suite.pids());
                web.awaitReady(Duration.ofSeconds(120));
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private ServiceProcess launch(String name) {
        Map<String, String> properties = new HashMap<>(settings.serviceProperties().apply(name));
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        if (name.equals(WEB)) {
            properties.put("peercoaching.web.volunteer-url", url("volunteer-service"));
            properties.put("peercoaching.web.matching-url", url("matching-service"));
            properties.put("peercoaching.web.schedule-url", url("schedule-service"));
        }
        ServiceProcess process = ServiceProcess.start(settings.repoRoot(), name, settings.ports().get(name), properties,
                settings.logDir(), JVM_OPTIONS);
        System.out.println("  " + name + ": " + process.jvm);
        return process;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Kills the service's JVM at once (SIGKILL, as a crash or an OOM kill would): no shutdown hooks run. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Stops the service as a deploy would (SIGTERM: it finishes the requests and events in hand), and waits. */
    public void stop(String service) {
        services.get(service).stop();
    }

    /** Starts a killed or stopped service again on the same port, database and broker, and waits until ready. */
    public void restart(String service) {
        ServiceProcess process = launch(service);
        services.put(service, process);
        launched.accept(pids());
        process.awaitReady(Duration.ofSeconds(120));
    }

    /** Stops the broker (its data stays on disk); only for a suite started with a broker data folder. */
    public void stopBroker() {
        requireRestartableBroker();
        broker.close();
    }

    /** Starts the broker again on the same port with the same data. */
    public void startBroker() {
        requireRestartableBroker();
        broker = EmbeddedKafkaBroker.start(settings.kafkaPort(), settings.kafkaDataDir());
    }

    private void requireRestartableBroker() {
        if (settings.kafkaDataDir() == null) {
            throw new IllegalStateException("This suite's broker is temporary: start it with a data folder and a port");
        }
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    /** How long the service's last start took, from launching its JVM to ready. */
    public Duration readyIn(String service) {
        return services.get(service).readyIn();
    }

    /** The service's log file (every start of it appends to the same file). */
    public Path log(String service) {
        return services.get(service).log();
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        services.values().forEach(s -> urls.add(s.name + " " + s.baseUrl()));
        return urls;
    }

    /**
     * Services first (they finish their work and leave their consumer groups), all asked at once, then the broker,
     * which gets {@link #BROKER_STOP_LIMIT}. A broker that has not stopped by then is left to end with the process
     * (the launcher's shutdown ends the JVM), so a stop always ends within a bounded time.
     */
    @Override
    public void close() {
        services.values().forEach(ServiceProcess::askToStop);
        services.values().forEach(ServiceProcess::stop);
        Thread stopping = new Thread(broker::close, "broker-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(BROKER_STOP_LIMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            System.err.println("The Kafka broker did not stop within " + BROKER_STOP_LIMIT.toSeconds()
                    + " s; it ends with this process.");
        }
    }
}
