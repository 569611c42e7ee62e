package org.peercoaching.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peercoaching.devidentity.DevTokens;

/**
 * The launcher owns its folder: started again where a suite already runs, it refuses at once with the running
 * one's pid and touches none of its files (the broker's log directory above all).
 */
class SecondStartTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The whole launcher, for real, in its own JVM: a second start beside it refuses, its broker stays idle (the
     * second start used to leave the first broker's raft thread spinning a core), it keeps serving, and Ctrl-C
     * (SIGTERM) stops all of it within 15 s while coordinators are still registering coaches: requests under way
     * finish or are refused with 503, never a 500, no service logs an error (nor "Database is already closed", as
     * H2 did), and every coach the service said it saved is in the database afterwards. The services run on
     * PostgreSQL with the production build; the launcher is the local run's.
     */
    @Test
    void aRunningSuiteIsUndisturbedByASecondStartAndStopsCleanlyWithin15SecondsUnderLoad() throws Exception {
        Path root = Path.of("target", "second-start").toAbsolutePath(); // kept after a run: its logs tell why
        deleteRecursively(root);
        Files.createDirectories(root);
        int offset = freePortOffset();
        Path firstOutput = root.resolve("first.out");
        // the build under test is the production one (./mvnw verify), so the services run as in production, each on
        // its own PostgreSQL database; the launcher, its broker, its folder and its stop are the local run's
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        List<String> settings = new ArrayList<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String service : Suite.SERVICES) {
                String database = PostgresSuite.DATABASES.get(service);
                s.execute("create database " + database);
                String prefix = "-Dpeercoaching.suite." + service + ".";
                settings.addAll(List.of(prefix + "quarkus.profile=prod",
                        prefix + "quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database,
                        prefix + "quarkus.datasource.username=postgres", prefix + "quarkus.datasource.password=postgres",
                        prefix + "JWT_ISSUER=" + DevTokens.ISSUER, prefix + "JWT_PUBLIC_KEY_LOCATION="
                                + PostgresSuite.repoRoot().resolve("dev-identity/src/main/resources/dev-identity/public-key.pem").toUri()));
            }
        }
        Process first = launcher(root, offset, settings).redirectOutput(firstOutput.toFile()).start();
        try {
            awaitLine(first, firstOutput, "peer-coaching is running", Duration.ofMinutes(4));

            Process second = launcher(root, offset, settings).start();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second start should end by itself, at once");
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, second.exitValue(), said);
            assertTrue(said.contains("peer-coaching is already running from this folder, pid " + first.pid()), said);

            Duration cpuBefore = cpu(first);
            Thread.sleep(10_000);
            Duration used = cpu(first).minus(cpuBefore);
            // idle, the launcher and its broker use well under a second in 10 s; a spinning raft thread uses ~10 s
            assertTrue(used.compareTo(Duration.ofSeconds(3)) < 0,
                    "the first suite's broker stays idle after the second start; it used " + used.toMillis()
                            + " ms of CPU in 10 s");

            String volunteers = "http://localhost:" + (8081 + offset) + "/api/v1/volunteers";
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8081 + offset)
                    + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "still ready: its database and its broker answer");

            String token = DevTokens.coordinator("stop.coordinator");
            Set<String> saved = ConcurrentHashMap.newKeySet();
            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            AtomicInteger sent = new AtomicInteger();
            ExecutorService coordinators = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                coordinators.submit(() -> registerCoachesUntilRefused(volunteers, token, sent, saved, answers));
            }
            Thread.sleep(3_000);
            long stopAsked = System.nanoTime();
            first.destroy(); // SIGTERM, as Ctrl-C
            boolean stoppedInTime = first.waitFor(15, TimeUnit.SECONDS);
            long stoppedIn = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAsked);
            coordinators.shutdown();
            assertTrue(coordinators.awaitTermination(30, TimeUnit.SECONDS));
            System.out.println("Stopped in " + stoppedIn + " ms under load; answers " + answers + ", saved " + saved.size());
            assertTrue(stoppedInTime, "the suite stops within 15 s of Ctrl-C; " + Files.readString(firstOutput));
            assertTrue(saved.size() > 0, "coaches were being registered when the stop came: " + answers);
            assertTrue(answers.keySet().stream().allMatch(status -> status == 201 || status == 503),
                    "every request under way finished or was refused with 503, never a 500: " + answers);

            for (Path log : List.of(root.resolve("logs/volunteer-service.log"), root.resolve("logs/matching-service.log"),
                    root.resolve("logs/schedule-service.log"))) {
                String text = Files.readString(log);
                assertFalse(text.contains("Database is already closed"), log + " says the database closed under work");
                assertFalse(text.contains(" ERROR "), log + " has an error: " + errorLines(text));
            }
            assertTrue(Files.readString(firstOutput).contains("Stopped."), Files.readString(firstOutput));
            try (Connection db = postgres.getDatabase("postgres", PostgresSuite.DATABASES.get("volunteer-service"))
                    .getConnection(); ResultSet rows = db.createStatement().executeQuery("select id from volunteer")) {
                Set<String> stored = new java.util.HashSet<>();
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
                assertTrue(stored.containsAll(saved), "every coach answered 201 was kept by the stop");
            }
        } finally {
            first.destroyForcibly();
            first.waitFor(20, TimeUnit.SECONDS);
            postgres.close();
        }
    }

    private static void registerCoachesUntilRefused(String volunteers, String token, AtomicInteger sent,
            Set<String> saved, Map<Integer, AtomicInteger> answers) {
        while (true) {
            int i = sent.incrementAndGet();
            String body = """
                    {"firstName": "Coach", "lastName": "Stop%d", "phone": "07700 900%03d", "gender": "FEMALE",
                     "imdDecile": %d, "languages": ["en"], "conditionCodes": ["69896004"],
                     "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}]}
                    """.formatted(i, i % 1000, 1 + i % 10);
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(volunteers))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                answers.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 201) {
                    saved.add(JSON.readTree(response.body()).get("id").asText());
                } else {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpConnectTimeoutException closed) {
                return; // the service has stopped listening
            } catch (IOException e) {
                return; // the connection was closed as the service stopped, before an answer: nothing was promised
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var paths = Files.walk(path)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static ProcessBuilder launcher(Path root, int portOffset, List<String> settings) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpeercoaching.suite.root=" + root, "-Dpeercoaching.suite.port-offset=" + portOffset));
        command.addAll(settings);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RunSuite.class.getName()));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** An offset that puts the broker, the clock, the pages and the services (9092, 8079-8083) on free ports. */
    private static int freePortOffset() throws IOException {
        for (int offset = 21000; offset < 40000; offset += 100) {
            if (free(9092 + offset) && free(8079 + offset) && free(8080 + offset) && free(8081 + offset)
                    && free(8082 + offset) && free(8083 + offset)) {
                return offset;
            }
        }
        throw new IOException("no free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitLine(Process process, Path output, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(output).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the suite stopped while starting: " + Files.readString(output));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the suite was not running within " + timeout + ": " + Files.readString(output));
    }

    private static Duration cpu(Process process) {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    private static List<String> errorLines(String log) {
        List<String> lines = new ArrayList<>();
        log.lines().filter(l -> l.contains(" ERROR ")).limit(5).forEach(lines::add);
        return lines;
    }

    @Test
    void aSecondStartInTheSameFolderRefusesAtOnceNamingThePidAndLeavesTheFirstSuitesFilesAlone(@TempDir Path root)
            throws Exception {
        Path data = root.resolve("data");
        // this test process stands in for the running suite: it holds the folder, as the launcher does
        FolderLock running = FolderLock.tryAcquire(data).orElseThrow();
        try {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dpeercoaching.suite.root=" + root, "-cp", System.getProperty("java.class.path"),
                    RunSuite.class.getName())
                    .redirectErrorStream(true).start();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the second start should end by itself, at once");
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, second.exitValue(), said);
            assertTrue(said.contains("peer-coaching is already running from this folder, pid "
                    + ProcessHandle.current().pid()), said);
            assertFalse(said.contains("Starting the Kafka broker"), said);
            try (var files = Files.list(data)) {
                assertEquals(List.of(FolderLock.LOCK_FILE, FolderLock.PID_FILE),
                        files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "nothing of Kafka's or the services' is created or touched");
            }
            assertEquals(String.valueOf(ProcessHandle.current().pid()),
                    Files.readString(data.resolve(FolderLock.PID_FILE)).trim(), "the pid file still names the first");
        } finally {
            running.release();
        }
        // once the first has stopped, the folder is free again
        FolderLock next = FolderLock.tryAcquire(data).orElseThrow();
        next.release();
    }

    @Test
    void aStartStopsTheServicesAKilledLauncherLeftRunningAndNothingElse(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        Files.createDirectories(data);
        Process leftover = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Sleeper.class.getName(),
                root.resolve("volunteer-service/target/quarkus-app/quarkus-run.jar").toString()).start();
        Process unrelated = new ProcessBuilder("sleep", "120").start(); // as if the pid had been reused since
        try {
            LeftoverServices.record(data, Map.of("volunteer-service", leftover.pid(), "matching-service", unrelated.pid()));
            Thread.sleep(500); // the JVM has its command line

            List<String> stopped = LeftoverServices.stopLeftovers(data);

            assertEquals(List.of("volunteer-service (pid " + leftover.pid() + ")"), stopped);
            assertTrue(leftover.waitFor(5, TimeUnit.SECONDS), "the leftover service was stopped");
            assertTrue(unrelated.isAlive(), "a process that is not one of the suite's services is left alone");
            assertFalse(Files.exists(data.resolve(LeftoverServices.FILE)), "the record is cleared");
        } finally {
            leftover.destroyForcibly();
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aStartRefusesAtOnceWhenAnotherProgramHoldsOneOfItsPortsNamingThePort(@TempDir Path root) throws Exception {
        int offset = freePortOffset();
        try (ServerSocket other = new ServerSocket(8082 + offset)) {
            Process start = launcher(root, offset, List.of()).start();
            assertTrue(start.waitFor(30, TimeUnit.SECONDS), "the start should end by itself, at once");
            String said = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, start.exitValue(), said);
            assertTrue(said.contains("port(s) [" + (8082 + offset) + "] are in use by another program"), said);
            assertFalse(said.contains("Starting the Kafka broker"), said);
            assertFalse(Files.exists(root.resolve("data/kafka")), "nothing of Kafka's is created");
        }
    }

    @Test
    void theFolderIsFreeAgainWhenTheProcessHoldingItEnds(@TempDir Path root) throws IOException {
        Path data = root.resolve("data");
        FolderLock first = FolderLock.tryAcquire(data).orElseThrow();
        first.release();
        FolderLock again = FolderLock.tryAcquire(data).orElseThrow();
        again.release();
    }
}
