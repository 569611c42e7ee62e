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

    public static final int KAFKA_PORT = 9092;
    /** The suite clock's address in simulation mode (the launcher itself answers there). */
    public static final int CLOCK_PORT = 8079;
    public static final Map<String, Integer> PORTS =
            Map.of("volunteer-service", 8081, "matching-service", 8082, "schedule-service", 8083, Suite.WEB, 8080);

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
        boolean simulate = options.contains("--simulate");
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
            suite = Suite.start(new Suite.Settings(root, KAFKA_PORT, data.resolve("kafka"), PORTS, logs, service -> {
                Map<String, String> properties = new java.util.HashMap<>(
                        Map.of("quarkus.profile", "local", "peercoaching.data-dir", data.toString()));
                if (simulation != null) {
                    properties.putAll(simulation.serviceProperties());
                }
                return properties;
            }));
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
