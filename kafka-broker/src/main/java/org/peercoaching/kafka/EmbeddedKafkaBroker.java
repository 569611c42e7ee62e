package org.peercoaching.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), started in
 * this JVM from Kafka's own server jars. Used by the tests and by the local run; never by the
 * services at runtime.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** System property that holds the bootstrap address of the broker shared by one test JVM. */
    public static final String SHARED_BOOTSTRAP_PROPERTY = "peercoaching.kafka.bootstrap";

    private static EmbeddedKafkaBroker shared;

    private final int port;
    private final Path dataDir;
    private final boolean deleteDataOnClose;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(int port, Path dataDir, boolean deleteDataOnClose) {
        this.port = port;
        this.dataDir = dataDir;
        this.deleteDataOnClose = deleteDataOnClose;
    }

    /** Starts a broker whose data lives in {@code dataDir} and survives restarts. Port 0 picks a free one. */
    public static EmbeddedKafkaBroker start(int port, Path dataDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port == 0 ? freePort() : port, dataDir, false);
        broker.startServer();
        return broker;
    }

    /** Starts a throw-away broker on a free port with its data in a temporary folder. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            EmbeddedKafkaBroker broker =
                    new EmbeddedKafkaBroker(freePort(), Files.createTempDirectory("peer-coaching-kafka"), true);
            broker.startServer();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One broker per JVM, however many Quarkus test profiles restart the application: its address is
     * kept in a system property and it stops from a shutdown hook.
     */
    public static synchronized String sharedBootstrapServers() {
        if (shared == null) {
            shared = startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-kafka-stop"));
            System.setProperty(SHARED_BOOTSTRAP_PROPERTY, shared.bootstrapServers());
        }
        return shared.bootstrapServers();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    private void startServer() {
        int controllerPort = freePort();
        Path logDir = dataDir.resolve("kraft-logs");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        KafkaConfig config = KafkaConfig.fromProps(props);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            KraftStorage.format(Uuid.randomUuid().toString(), 1, logDir);
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        if (deleteDataOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
