package org.peercoaching.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka cluster of several KRaft nodes in this JVM, for the scale-out tests: each node is a combined
 * broker and controller, the nodes form one controller quorum (static voters), and internal topics are replicated
 * on three nodes with {@code min.insync.replicas=2}, as docs/operations.md recommends for production. A node can be
 * stopped and started again on the same ports and data while the others go on serving. The single-node
 * {@link EmbeddedKafkaBroker} that the other tests and the local run use is unchanged.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private final Path dataDir;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] ports;
    private final int[] controllerPorts;
    private final KafkaRaftServer[] servers;

    private EmbeddedKafkaCluster(int nodes, Path dataDir) {
        this.dataDir = dataDir;
        this.ports = new int[nodes];
        this.controllerPorts = new int[nodes];
        this.servers = new KafkaRaftServer[nodes];
        for (int i = 0; i < nodes; i++) {
            ports[i] = freePort();
            controllerPorts[i] = freePort();
        }
    }

    /** Starts {@code nodes} nodes (1 or 3; 3 for replication 3 and min.insync.replicas 2) with their data under {@code dataDir}. */
    public static EmbeddedKafkaCluster start(int nodes, Path dataDir) {
        if (nodes != 1 && nodes != 3) {
            throw new IllegalArgumentException("A cluster of 1 or 3 nodes, not " + nodes);
        }
        EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(nodes, dataDir);
        try {
            // the nodes wait for a controller quorum, so they must start together, not one after another
            List<Thread> starting = new ArrayList<>();
            List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < nodes; i++) {
                int node = i;
                Thread t = new Thread(() -> {
                    try {
                        cluster.startNode(node);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }, "kafka-node-" + (node + 1) + "-start");
                t.start();
                starting.add(t);
            }
            for (Thread t : starting) {
                t.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return cluster;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cluster.close();
            throw new IllegalStateException("Interrupted while starting the cluster", e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Every node's address, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return IntStream.range(0, ports.length).mapToObj(i -> "localhost:" + ports[i]).collect(Collectors.joining(","));
    }

    public int size() {
        return ports.length;
    }

    public synchronized boolean isRunning(int node) {
        return servers[node] != null;
    }

    /**
     * Stops one node (0-based) as a broker goes away: its partitions' leadership moves to the others, its data stays
     * on disk. The JVM is shared, so this is the node's own shutdown, not a SIGKILL.
     */
    public void stopNode(int node) {
        KafkaRaftServer server;
        synchronized (this) {
            server = servers[node];
            servers[node] = null;
        }
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
    }

    /**
     * Starts a stopped node again on its ports and data; it catches up from the others. Not synchronized: a node's
     * start waits for the controller quorum, which the other nodes starting at the same time make up.
     */
    public void startNode(int node) {
        synchronized (this) {
            if (servers[node] != null) {
                return;
            }
        }
        Path logDir = dataDir.resolve("node-" + (node + 1));
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaConfig config = KafkaConfig.fromProps(properties(node, logDir));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            KraftStorage.format(clusterId, node + 1, logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        synchronized (this) {
            servers[node] = server;
        }
    }

    private Properties properties(int node, Path logDir) {
        int replicas = Math.min(3, ports.length);
        int minInsync = replicas == 3 ? 2 : 1;
        String voters = IntStream.range(0, ports.length).mapToObj(i -> (i + 1) + "@localhost:" + controllerPorts[i])
                .collect(Collectors.joining(","));
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(node + 1));
        props.put("controller.quorum.voters", voters);
        props.put("listeners", "PLAINTEXT://localhost:" + ports[node] + ",CONTROLLER://localhost:" + controllerPorts[node]);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + ports[node]);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("default.replication.factor", String.valueOf(replicas));
        props.put("min.insync.replicas", String.valueOf(minInsync));
        props.put("offsets.topic.replication.factor", String.valueOf(replicas));
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", String.valueOf(replicas));
        props.put("transaction.state.log.min.isr", String.valueOf(minInsync));
        props.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        props.put("share.coordinator.state.topic.min.isr", String.valueOf(minInsync));
        props.put("group.initial.rebalance.delay.ms", "0");
        // a node that went away is noticed within a few seconds, not the default 9 s
        props.put("broker.session.timeout.ms", "6000");
        props.put("broker.heartbeat.interval.ms", "1000");
        return props;
    }

    /** Stops every node that runs, together (one by one, the last ones would wait for a quorum that has gone). */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            KafkaRaftServer server;
            synchronized (this) {
                server = servers[i];
                servers[i] = null;
            }
            if (server != null) {
                Thread t = new Thread(() -> {
                    server.shutdown();
                    server.awaitShutdown();
                }, "kafka-node-" + (i + 1) + "-stop");
                t.setDaemon(true);
                t.start();
                stopping.add(t);
            }
        }
        for (Thread t : stopping) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
}
