package org.peercoaching.suite;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    public static final Map<String, Integer> PORTS =
            Map.of("volunteer-service", 8081, "matching-service", 8082, "schedule-service", 8083, Suite.WEB, 8080);

    private RunSuite() {}

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        if (options.contains("--help") || options.contains("-h")) {
            System.out.println("Usage: ./run.sh [--demo]   (--demo loads 60 volunteers and 150 referrals)");
            System.out.println("       java -jar suite/target/peer-coaching-suite.jar token <role> <id>   (a dev sign-in token;"
                    + " role: coordinator, volunteer, pathway or admin)");
            return;
        }
        if (!options.isEmpty() && options.get(0).equals("token")) {
            DevTokens.main(options.subList(1, options.size()).toArray(String[]::new));
            return;
        }
        Path root = repoRoot();
        Path data = root.resolve("data");
        Path logs = root.resolve("logs");
        Files.createDirectories(logs);
        System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("kafka.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");

        System.out.println("Starting the Kafka broker, the three services and the pages (about 20 seconds)...");
        Suite suite;
        try {
            suite = Suite.start(new Suite.Settings(root, KAFKA_PORT, data.resolve("kafka"), PORTS, logs,
                    service -> Map.of("quarkus.profile", "local", "peercoaching.data-dir", data.toString())));
        } catch (RuntimeException e) {
            System.err.println("The suite could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and the broker...");
            suite.close();
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

        if (options.contains("--demo")) {
            System.out.println();
            System.out.println(new DemoData(suite.url("volunteer-service"), suite.url("matching-service"),
                    suite.url("schedule-service")).load());
        }
        stopped.await();
    }

    /** The checkout this jar was built in: suite/target/peer-coaching-suite.jar -> the repository root. */
    static Path repoRoot() throws URISyntaxException {
        Path jar = Path.of(RunSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.getParent().getParent().getParent().toAbsolutePath().normalize();
    }
}
