package org.peercoaching.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service, packaged by Quarkus, running as its own JVM with its log in a file. */
final class ServiceProcess {

    /** A service's own graceful stop is bounded by quarkus.shutdown.timeout (10 s); past this it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(12);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;
    /** Which JDK and class data archive it started with, e.g. "JDK 25.0.3+9-LTS (...), AOT cache .../app.aot". */
    final String jvm;
    private final long launchedAt = System.nanoTime();
    private volatile Duration readyIn;

    private ServiceProcess(String name, int port, Process process, Path log, String jvm) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
        this.jvm = jvm;
    }

    static ServiceProcess start(Path repoRoot, String name, int port, Map<String, String> properties, Path logDir,
            List<String> jvmOptions) {
        Path appDir = repoRoot.resolve(name).resolve("target/quarkus-app");
        Path jar = appDir.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        ServiceJvm serviceJvm = ServiceJvm.get();
        ServiceJvm.Archive archive = serviceJvm.archiveFor(appDir);
        List<String> command = new ArrayList<>();
        command.add(serviceJvm.java().toString());
        command.addAll(jvmOptions);
        command.addAll(archive.flags());
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            String jvm = serviceJvm.describe() + ", " + archive.description();
            Files.writeString(log, "peer-coaching launcher: " + name + " starts on " + jvm + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(name, port, process, log, jvm);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** From launching the JVM to the first ready answer; null until then. */
    Duration readyIn() {
        return readyIn;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    readyIn = Duration.ofNanos(System.nanoTime() - launchedAt);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + "s; see " + log);
    }

    /** SIGKILL: the JVM dies mid-whatever, as in a crash. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: Quarkus finishes the requests and events in hand and shuts down cleanly. */
    void askToStop() {
        process.destroy();
    }

    /** Asks the service to stop (if not yet asked), then forces it after a grace period. */
    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
