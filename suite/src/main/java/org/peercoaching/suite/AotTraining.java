package org.peercoaching.suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.peercoaching.kafka.EmbeddedKafkaBroker;

/**
 * {@code java -jar suite/target/peer-coaching-suite.jar aot-training}, run by run.sh after a build: makes each
 * service's class data archive next to its jar by a training start: on JDK 25+ an AOT cache ({@code app.aot},
 * {@code -XX:AOTCacheOutput}), before that an AppCDS archive ({@code app-cds.jsa}, {@code -XX:ArchiveClassesAtExit}).
 * Every service (and the pages) starts once with the lean flags, on its local profile against a temporary broker and a
 * temporary H2 folder, until it answers ready; it is then stopped, and the JVM writes the archive as it exits.
 * A training start goes through the whole boot (Hibernate, Flyway, Kafka clients, HTTP), so the archive holds more
 * than Quarkus' own build-time one, which stops after static initialisation: measured 2.2-2.6 s against 3.8-5.3 s
 * to ready, median (docs/benchmarks.md, "Startup and RSS by JDK").
 *
 * <p>Nothing here can stop the suite from starting: a cache that is already up to date is kept, a training that
 * fails leaves no cache (the service then starts without one), and the cache only replaces the old one once the
 * JVM has written it whole.
 */
final class AotTraining {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private AotTraining() {}

    static void run(Path root) throws Exception {
        ServiceJvm jvm = ServiceJvm.get();
        List<String> apps = new ArrayList<>(Suite.SERVICES);
        apps.add(Suite.WEB);
        List<String> stale = apps.stream()
                .filter(app -> Files.isRegularFile(appDir(root, app).resolve("quarkus-run.jar")))
                .filter(app -> jvm.archiveFor(appDir(root, app)).flags().isEmpty())
                .toList();
        if (stale.isEmpty()) {
            System.out.println("AOT caches are up to date for " + jvm.describe() + ".");
            return;
        }
        System.out.println("Training the class data archives on " + jvm.describe() + " (once per build, 1-3 minutes): "
                + String.join(", ", stale));
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("peer-coaching-aot-training");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // the temporary broker: warnings only
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            List<Thread> threads = new ArrayList<>();
            for (String app : stale) {
                Thread thread = new Thread(() -> train(root, app, jvm, broker.bootstrapServers(), work),
                        "aot-training-" + app);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } finally {
            deleteTree(work);
        }
        System.out.printf("Training done in %d s.%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private static Path appDir(Path root, String app) {
        return root.resolve(app).resolve("target/quarkus-app");
    }

    private static void train(Path root, String app, ServiceJvm jvm, String bootstrapServers, Path work) {
        Path appDir = appDir(root, app);
        Path cache = appDir.resolve(jvm.archiveName());
        Path training = appDir.resolve(jvm.archiveName() + ".training");
        Path log = work.resolve(app + ".log");
        try {
            Files.deleteIfExists(training);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(jvm.java().toString());
            command.addAll(Suite.JVM_OPTIONS);
            command.add((jvm.feature() >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + training);
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dquarkus.profile=local");
            command.add("-Dpeercoaching.data-dir=" + work.resolve("data").resolve(app));
            command.add("-Dkafka.bootstrap.servers=" + bootstrapServers);
            if (app.equals(Suite.WEB)) {
                // the pages' readiness does not call the services; any address will do for the training
                for (String service : Suite.SERVICES) {
                    command.add("-Dpeercoaching.web." + service.replace("-service", "") + "-url=http://localhost:9");
                }
            }
            command.add("-jar");
            command.add(appDir.resolve("quarkus-run.jar").toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean ready = false;
            try {
                ready = awaitReady(process, port, Duration.ofSeconds(180));
            } finally {
                process.destroy(); // SIGTERM: the JVM writes the cache as it exits (a second JVM assembles it)
                if (!process.waitFor(300, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            if (ready && Files.isRegularFile(training) && ServiceJvm.madeBy(training, jvm.runtimeVersion())) {
                Files.move(training, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.printf("  %s: %s (%d MB)%n", app, cache, Files.size(cache) >> 20);
            } else {
                Files.deleteIfExists(training);
                Files.deleteIfExists(cache);
                System.out.println("  " + app + ": the training start " + (ready ? "wrote no cache" : "was not ready")
                        + "; it will start without one. Its log:");
                try (Stream<String> lines = Files.lines(log)) {
                    lines.skip(Math.max(0, Files.readAllLines(log).size() - 15)).forEach(l -> System.out.println("    " + l));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("  " + app + ": the training failed (" + e + "); it will start without an archive.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitReady(Process process, int port, Duration timeout) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: leave it
        }
    }
}
