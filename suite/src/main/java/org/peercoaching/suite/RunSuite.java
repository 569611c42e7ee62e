package org.peercoaching.suite;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.peercoaching.devidentity.DevTokens;

/**
 * {@code java -jar suite/target/peer-coaching-suite.jar [--demo]}: starts the broker and the three
 * services with the embedded defaults (H2 files under ./data, logs under ./logs) and keeps them up
 * until Ctrl-C, which stops all of them cleanly.
 */
public final class RunSuite {

    /**
     * Moves every port by this much (a test runs a second, real launcher beside a developer's own suite). The
     * data and logs folder can be moved with {@code peercoaching.suite.root}; the jars are always this checkout's.
     */
    private static final int PORT_OFFSET = Integer.getInteger("peercoaching.suite.port-offset", 0);

    public static final int KAFKA_PORT = 9092 + PORT_OFFSET;
    /** The suite clock's address in simulation mode (the launcher itself answers there). */
    public static final int CLOCK_PORT = 8079 + PORT_OFFSET;
    public static final Map<String, Integer> PORTS = Map.of("volunteer-service", 8081 + PORT_OFFSET,
            "matching-service", 8082 + PORT_OFFSET, "schedule-service", 8083 + PORT_OFFSET, Suite.WEB, 8080 + PORT_OFFSET);

    private RunSuite() {}

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("Usage: ./run.sh [--demo] [--simulate [--start 2027-01-04]]");
            System.out.println("       --demo      loads 60 volunteers and 150 referrals");
            System.out.println("       --simulate  runs on a simulated clock that an admin moves with POST http://localhost:"
                    + CLOCK_PORT + "/api/v1/clock/advance (data under data/simulation; never in production)");
            System.out.println("       java -jar suite/target/peer-coaching-suite.jar simulate-programme [--coaches 60]"
                    + " [--months 11] [--out simulation]   (the Torbay year through the public APIs; CSV and SVG)");
            System.out.println("       java -jar suite/target/peer-coaching-suite.jar aot-training   (after a build on JDK 25+:"
                    + " each service's AOT cache from a training start; run.sh does it)");
            System.out.println("       java -jar suite/target/peer-coaching-suite.jar token <role> <id>   (a dev sign-in token;"
                    + " role: coordinator, volunteer, pathway or admin)");
            return;
        }
        if (!options.isEmpty() && options.get(0).equals("token")) {
            DevTokens.main(options.subList(1, options.size()).toArray(String[]::new));
            return;
        }
        if (!options.isEmpty() && options.get(0).equals("aot-training")) {
            AotTraining.run(repoRoot());
            System.exit(0); // the temporary broker's threads must not keep the JVM alive
            return;
        }
        if (!options.isEmpty() && options.get(0).equals("simulate-programme")) {
            ProgrammeSimulation.main(repoRoot(), options.subList(1, options.size()));
            return;
        }
        Path root = Optional.ofNullable(System.getProperty("peercoaching.suite.root")).map(Path::of)
                .orElseGet(RunSuite::repoRoot);
        Optional<FolderLock> folder = FolderLock.tryAcquire(root.resolve("data"));
        if (folder.isEmpty()) {
            System.err.println(FolderLock.alreadyRunning(root.resolve("data")));
            System.exit(1);
            return;
        }
        List<String> leftovers = LeftoverServices.stopLeftovers(root.resolve("data"));
        if (!leftovers.isEmpty()) {
            System.out.println("Stopped services left running by a launcher that ended without stopping them: "
                    + String.join(", ", leftovers));
        }
        boolean simulate = options.contains("--simulate");
        List<Integer> wanted = new java.util.ArrayList<>(PORTS.values());
        wanted.add(KAFKA_PORT);
        if (simulate) {
            wanted.add(CLOCK_PORT);
        }
        List<Integer> taken = LeftoverServices.taken(wanted);
        if (!taken.isEmpty()) {
            System.err.println("The suite cannot start: port(s) " + taken + " are in use by another program. Stop it,"
                    + " or move every port of the suite with java -Dpeercoaching.suite.port-offset=1000 -jar"
                    + " suite/target/peer-coaching-suite.jar (the pages are then on 9080).");
            folder.get().release();
            System.exit(1);
            return;
        }
        Path data = simulate ? root.resolve("data").resolve("simulation") : root.resolve("data");
        Path logs = root.resolve("logs");
        Files.createDirectories(logs);
        System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("kafka.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");

        System.out.println("Starting the Kafka broker, the three services and the pages (about 20 seconds)...");
        Suite suite;
        SimulationClock simulation = simulate ? SimulationClock.resume(data, option(options, "--start")) : null;
        try {
            suite = Suite.start(new Suite.Settings(repoRoot(), KAFKA_PORT, data.resolve("kafka"), PORTS, logs, service -> {
                Map<String, String> properties = new java.util.HashMap<>(
                        Map.of("quarkus.profile", "local", "peercoaching.data-dir", data.toString()));
                if (simulation != null) {
                    properties.putAll(simulation.serviceProperties());
                    if (service.equals(Suite.WEB)) { // the pages cannot be moved: they read the launcher's clock
                        properties.put("peercoaching.web.suite-clock-url",
                                "http://localhost:" + CLOCK_PORT + ClockServer.NOW_PATH);
                    }
                }
                properties.putAll(passedOn(service));
                return properties;
            }), pids -> LeftoverServices.record(root.resolve("data"), pids));
        } catch (RuntimeException e) {
            System.err.println("The suite could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ClockServer clockServer = simulation == null ? null : simulation.serve(suite, CLOCK_PORT);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and the broker...");
            if (clockServer != null) {
                clockServer.close();
            }
            suite.close();
            LeftoverServices.forget(root.resolve("data"));
            folder.get().release();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "suite-stop"));

        System.out.println();
        System.out.println("peer-coaching is running. Ctrl-C stops everything.");
        System.out.printf("  %-18s %s   (coordinators and volunteers: sign in there)%n", "Pages", suite.url(Suite.WEB));
        for (String service : Suite.SERVICES) {
            System.out.printf("  %-18s %s   API docs: %s/q/swagger-ui%n", service, suite.url(service),
                    suite.url(service));
        }
        System.out.printf("  %-18s %s%n", "Kafka broker", suite.bootstrapServers());
        System.out.println("  Logs in " + logs + ", data in " + data);
        System.out.println("  Every API needs a bearer token. Get a local one (dev identity, not trusted in production) with");
        System.out.println("    java -jar suite/target/peer-coaching-suite.jar token coordinator j.okafor");
        System.out.println("  (or: token volunteer <coach id>, token pathway rheumatology, token admin admin). See docs/security.md.");

        if (clockServer != null) {
            System.out.println();
            System.out.println("  SIMULATED CLOCK (local rehearsal only): the suite stands at " + simulation.now()
                    + ". Move all three services together with");
            System.out.println("    curl -X POST " + clockServer.url() + "/api/v1/clock/advance -H 'Content-Type: application/json'"
                    + " -H \"Authorization: Bearer $(java -jar suite/target/peer-coaching-suite.jar token admin admin)\""
                    + " -d '{\"by\":\"P7D\"}'");
            System.out.println("  (or {\"to\":\"2027-03-01T09:00:00Z\"}; GET " + clockServer.url()
                    + "/api/v1/clock reads it). See docs/operations.md.");
        }
        if (options.contains("--demo")) {
            System.out.println();
            System.out.println(new DemoData(suite.url("volunteer-service"), suite.url("matching-service"),
                    suite.url("schedule-service")).load());
        }
        stopped.await();
    }

    /**
     * Settings handed to one service: {@code -Dpeercoaching.suite.<service>.<key>=<value>} on the launcher gives
     * that service {@code -D<key>=<value>} (e.g. {@code -Dpeercoaching.suite.matching-service.quarkus.log.level=DEBUG}).
     */
    static Map<String, String> passedOn(String service) {
        String prefix = "peercoaching.suite." + service + ".";
        Map<String, String> properties = new java.util.HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                properties.put(name.substring(prefix.length()), System.getProperty(name));
            }
        }
        return properties;
    }

    static String option(List<String> options, String name) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : null;
    }

    /** The checkout this jar was built in: suite/target/peer-coaching-suite.jar -> the repository root. */
    static Path repoRoot() {
        try {
            Path jar = Path.of(RunSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent().toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
