package org.peercoaching.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.EmbeddedKafkaBroker;

/**
 * Startup to the first 200 on /q/health/ready and the resident set size after it, per service, in JVM
 * mode: the packaged service (prod profile, PostgreSQL) launched as its own process while a real broker
 * runs (in this JVM). The clock starts just before the process is launched; /q/health/ready is polled
 * every 20 ms. RSS is VmRSS from /proc/pid/status at ready and again 5 s later. Each flag set is run
 * --runs times per service (interleaved), after one start that migrates the database and is reported
 * on its own.
 */
final class StartupBenchmark {

    static final Map<String, List<String>> FLAG_SETS = new LinkedHashMap<>();

    static {
        FLAG_SETS.put("lean (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m)",
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
        FLAG_SETS.put("default (no flags)", List.of());
        FLAG_SETS.put("serial (-XX:+UseSerialGC -Xmx256m)", List.of("-XX:+UseSerialGC", "-Xmx256m"));
    }

    static final List<String> SERVICES = List.of("volunteer-service", "matching-service", "schedule-service");
    static final Map<String, String> DATABASES =
            Map.of("volunteer-service", "volunteer", "matching-service", "matching", "schedule-service", "schedule");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    record Run(String service, String flags, long readyMillis, long rssAtReadyKb, long rssLaterKb, String quarkusSays) {}

    static void run(String[] args) throws Exception {
        Path root = Path.of(option(args, "--repo", ".")).toAbsolutePath().normalize();
        String dbUrl = option(args, "--db", "jdbc:postgresql://localhost:5432/");
        String dbPrefix = option(args, "--db-prefix", "bench_");
        String dbUser = option(args, "--db-user", "postgres");
        String dbPassword = option(args, "--db-password", "postgres");
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        List<String> services = Arrays.asList(option(args, "--services", String.join(",", SERVICES)).split(","));
        Path logs = root.resolve("benchmarks/target/startup-logs");
        Files.createDirectories(logs);

        System.out.printf("startup: %d runs per service and flag set; load average before: %s%n", runs, loadAverage());
        List<Run> all = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("DB_USER", dbUser);
            env.put("DB_PASSWORD", dbPassword);
            env.put("JWT_ISSUER", DevTokens.ISSUER);
            env.put("JWT_PUBLIC_KEY_LOCATION",
                    root.resolve("dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString());
            // first start on the empty database: Flyway migrates it (reported, not counted)
            for (String service : services) {
                Run first = startOnce(root, service, "lean (-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m)",
                        env(env, dbUrl + dbPrefix + DATABASES.get(service)), logs);
                System.out.printf("  first start (migrates): %s%n", first);
            }
            for (int r = 0; r < runs; r++) {
                for (String service : services) {
                    for (String flags : FLAG_SETS.keySet()) {
                        Run run = startOnce(root, service, flags, env(env, dbUrl + dbPrefix + DATABASES.get(service)),
                                logs);
                        all.add(run);
                        System.out.printf("  %s%n", run);
                    }
                }
            }
        }
        System.out.printf("load average after: %s%n%n", loadAverage());
        System.out.println("| service | JVM flags | ready ms, best / median | Quarkus \"started in\", median | RSS at ready MB, best / median | RSS 5 s later MB, median |");
        System.out.println("|---|---|---|---|---|---|");
        for (String service : services) {
            for (String flags : FLAG_SETS.keySet()) {
                List<Run> these = all.stream().filter(r -> r.service.equals(service) && r.flags.equals(flags)).toList();
                long[] ready = these.stream().mapToLong(Run::readyMillis).sorted().toArray();
                long[] rss = these.stream().mapToLong(Run::rssAtReadyKb).sorted().toArray();
                long[] later = these.stream().mapToLong(Run::rssLaterKb).sorted().toArray();
                double[] says = these.stream().filter(r -> r.quarkusSays != null)
                        .mapToDouble(r -> Double.parseDouble(r.quarkusSays)).sorted().toArray();
                System.out.printf("| %s | %s | %,d / %,d | %s | %d / %d | %d |%n", service, flags, ready[0],
                        median(ready), says.length == 0 ? "-" : String.format("%.2f s", says[says.length / 2]),
                        rss[0] / 1024, median(rss) / 1024, median(later) / 1024);
            }
        }
    }

    private static Map<String, String> env(Map<String, String> common, String dbUrl) {
        Map<String, String> env = new LinkedHashMap<>(common);
        env.put("DB_URL", dbUrl);
        return env;
    }

    static Run startOnce(Path root, String service, String flags, Map<String, String> env, Path logs) throws Exception {
        int port = freePort();
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -B package -DskipTests first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FLAG_SETS.get(flags));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        Path log = logs.resolve(service + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            long readyAt = -1;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " stopped while starting; see " + log);
                }
                try {
                    if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        readyAt = System.nanoTime();
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            if (readyAt < 0) {
                throw new IllegalStateException(service + " was not ready within 120 s; see " + log);
            }
            long rss = vmRssKb(process.pid());
            Thread.sleep(5000);
            long rssLater = vmRssKb(process.pid());
            Matcher m = STARTED_IN.matcher(Files.readString(log));
            return new Run(service, flags, TimeUnit.NANOSECONDS.toMillis(readyAt - start), rss, rssLater,
                    m.find() ? m.group(1) : null);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Thread.sleep(1000); // let the port, the database connections and the consumer group settle
        }
    }

    static long vmRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
