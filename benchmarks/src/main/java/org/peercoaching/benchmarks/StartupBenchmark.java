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
 * every 20 ms. RSS is VmRSS from /proc/pid/status at ready and again 5 s later.
 *
 * <p>Variants (issue #17): JDK 17 and JDK 25, each with the lean flags alone and with a class data archive.
 * An archive is made before the measured rounds, either by a training start here (the service started to
 * ready and stopped, with {@code -XX:ArchiveClassesAtExit} on JDK 17 or {@code -XX:AOTCacheOutput} on JDK 25),
 * or by the Quarkus build ({@code quarkus.package.jar.aot.*}, aot-jar packaging in its own output folder).
 * Every process runs from its app folder with {@code -jar quarkus-run.jar}, as Quarkus' archives expect.
 * The measured rounds interleave: round by round, service by service, every variant once, so load from
 * other processes on the machine falls on all variants alike. A first start per service migrates the
 * database and is reported on its own.
 */
final class StartupBenchmark {

    static final List<String> LEAN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
    static final Path JDK17 = Path.of(System.getProperty("peercoaching.jdk17", "/usr/lib/jvm/java-17-openjdk-amd64"));
    static final Path JDK25 = Path.of(System.getProperty("peercoaching.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    /** How a variant's archive comes about. */
    enum Archive { NONE, TRAINING_START, QUARKUS_BUILD }

    /**
     * One way to start a service. {@code appDir} is the folder under the service's target/ holding quarkus-run.jar;
     * {@code useArchive} and {@code makeArchive} take the archive file (for {@link Archive#NONE}, unused).
     */
    record Variant(String id, String label, Path javaHome, String appDir, List<String> flags, Archive archive,
            String archiveFile, String useArchiveFlag, String makeArchiveFlag) {

        List<String> runFlags(Path archivePath) {
            List<String> all = new ArrayList<>(flags);
            if (archive != Archive.NONE) {
                all.add(useArchiveFlag + archivePath);
            }
            return all;
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("17", "JDK 17, lean flags", JDK17, "quarkus-app", LEAN, Archive.NONE, null, null, null),
            new Variant("17-cds", "JDK 17, lean + AppCDS (training start)", JDK17, "quarkus-app", LEAN,
                    Archive.TRAINING_START, "app-cds-17.jsa", "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit="),
            new Variant("17-qcds", "JDK 17, lean + Quarkus AppCDS (aot-jar, build)", JDK17, "quarkus-app-cds17", LEAN,
                    Archive.QUARKUS_BUILD, "app-cds.jsa", "-XX:SharedArchiveFile=", null),
            new Variant("25", "JDK 25, lean flags", JDK25, "quarkus-app", LEAN, Archive.NONE, null, null, null),
            new Variant("25-aot", "JDK 25, lean + AOT cache (training start)", JDK25, "quarkus-app", LEAN,
                    Archive.TRAINING_START, "app-25.aot", "-XX:AOTCache=", "-XX:AOTCacheOutput="),
            new Variant("25-qaot", "JDK 25, lean + Quarkus AOT cache (aot-jar, build)", JDK25, "quarkus-app-aot25", LEAN,
                    Archive.QUARKUS_BUILD, "app.aot", "-XX:AOTCache=", null),
            new Variant("25-qaot-train", "JDK 25, lean + AOT cache (aot-jar, training start)", JDK25,
                    "quarkus-app-aot25", LEAN, Archive.TRAINING_START, "app-aot-jar-25.aot", "-XX:AOTCache=",
                    "-XX:AOTCacheOutput="),
            new Variant("25-qaot-g1", "JDK 25, default flags + Quarkus AOT cache (aot-jar, build)", JDK25,
                    "quarkus-app-aot25", List.of(), Archive.QUARKUS_BUILD, "app.aot", "-XX:AOTCache=", null));

    static final List<String> SERVICES = List.of("volunteer-service", "matching-service", "schedule-service");
    static final Map<String, String> DATABASES =
            Map.of("volunteer-service", "volunteer", "matching-service", "matching", "schedule-service", "schedule");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    record Run(String service, String variant, long readyMillis, long rssAtReadyKb, long rssLaterKb, String quarkusSays) {}

    static void run(String[] args) throws Exception {
        Path root = Path.of(option(args, "--repo", ".")).toAbsolutePath().normalize();
        String dbUrl = option(args, "--db", "jdbc:postgresql://localhost:5432/");
        String dbPrefix = option(args, "--db-prefix", "bench_");
        String dbUser = option(args, "--db-user", "postgres");
        String dbPassword = option(args, "--db-password", "postgres");
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        List<String> services = Arrays.asList(option(args, "--services", String.join(",", SERVICES)).split(","));
        List<String> ids = Arrays.asList(option(args, "--variants",
                String.join(",", VARIANTS.stream().map(Variant::id).toList())).split(","));
        List<Variant> variants = VARIANTS.stream().filter(v -> ids.contains(v.id())).toList();
        Path logs = root.resolve("benchmarks/target/startup-logs");
        Path archives = root.resolve("benchmarks/target/startup-archives");
        Files.createDirectories(logs);
        Files.createDirectories(archives);

        System.out.printf("startup: %d runs per service and variant, interleaved round by round; %s%n", runs,
                java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London")));
        for (Variant v : variants) {
            System.out.printf("  %-10s %s: %s %s%n", v.id(), v.label(), v.javaHome(), String.join(" ", v.flags()));
        }
        System.out.printf("load average before: %s%n", loadAverage());
        List<Run> all = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            env.put("DB_USER", dbUser);
            env.put("DB_PASSWORD", dbPassword);
            env.put("JWT_ISSUER", DevTokens.ISSUER);
            env.put("JWT_PUBLIC_KEY_LOCATION",
                    root.resolve("dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString());
            Map<String, Path> archiveOf = new LinkedHashMap<>();
            for (String service : services) {
                Map<String, String> serviceEnv = env(env, dbUrl + dbPrefix + DATABASES.get(service));
                // first start on the empty database: Flyway migrates it (reported, not counted)
                Run first = startOnce(root, service, variants.get(0), variants.get(0).flags(), serviceEnv, logs, true);
                System.out.printf("  first start (migrates): %s%n", first);
                for (Variant v : variants) {
                    Path appDir = root.resolve(service).resolve("target").resolve(v.appDir());
                    if (!Files.isRegularFile(appDir.resolve("quarkus-run.jar"))) {
                        throw new IllegalStateException(appDir + "/quarkus-run.jar is missing; see docs/benchmarks.md"
                                + " for the builds each variant needs");
                    }
                    switch (v.archive()) {
                        case NONE -> { }
                        case QUARKUS_BUILD -> {
                            Path file = appDir.resolve(v.archiveFile());
                            if (!Files.isRegularFile(file)) {
                                throw new IllegalStateException(file + " is missing: build " + v.appDir()
                                        + " with quarkus.package.jar.aot.enabled (docs/benchmarks.md)");
                            }
                            archiveOf.put(service + " " + v.id(), file);
                        }
                        case TRAINING_START -> {
                            Path file = archives.resolve(service + "-" + v.archiveFile());
                            Files.deleteIfExists(file);
                            List<String> training = new ArrayList<>(v.flags());
                            training.add(v.makeArchiveFlag() + file);
                            long t0 = System.nanoTime();
                            Run run = startOnce(root, service, v, training, serviceEnv, logs, true);
                            if (!Files.isRegularFile(file)) {
                                throw new IllegalStateException("The training start made no " + file + "; see " + logs);
                            }
                            System.out.printf("  training start %s %s: ready in %,d ms, archive %d MB, %d s in all%n",
                                    service, v.id(), run.readyMillis(), Files.size(file) >> 20,
                                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
                            archiveOf.put(service + " " + v.id(), file);
                        }
                    }
                }
            }
            for (int r = 0; r < runs; r++) {
                System.out.printf("round %d, load average %s%n", r + 1, loadAverage());
                for (String service : services) {
                    for (Variant v : variants) {
                        Run run = startOnce(root, service, v, v.runFlags(archiveOf.get(service + " " + v.id())),
                                env(env, dbUrl + dbPrefix + DATABASES.get(service)), logs, false);
                        all.add(run);
                        System.out.printf("  %s%n", run);
                    }
                }
            }
        }
        System.out.printf("load average after: %s%n%n", loadAverage());
        System.out.println("| service | variant | ready ms, best / median | Quarkus \"started in\", median | RSS at ready MB, best / median | RSS 5 s later MB, median |");
        System.out.println("|---|---|---|---|---|---|");
        for (String service : services) {
            for (Variant v : variants) {
                List<Run> these = all.stream().filter(r -> r.service.equals(service) && r.variant.equals(v.id())).toList();
                long[] ready = these.stream().mapToLong(Run::readyMillis).sorted().toArray();
                long[] rss = these.stream().mapToLong(Run::rssAtReadyKb).sorted().toArray();
                long[] later = these.stream().mapToLong(Run::rssLaterKb).sorted().toArray();
                double[] says = these.stream().filter(r -> r.quarkusSays != null)
                        .mapToDouble(r -> Double.parseDouble(r.quarkusSays)).sorted().toArray();
                System.out.printf("| %s | %s | %,d / %,d | %s | %d / %d | %d |%n", service, v.label(), ready[0],
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

    /** One start to ready, RSS then and 5 s later, then a stop (SIGTERM; a training start writes its archive then). */
    static Run startOnce(Path root, String service, Variant variant, List<String> flags, Map<String, String> env,
            Path logs, boolean keepLog) throws Exception {
        int port = freePort();
        Path appDir = root.resolve(service).resolve("target").resolve(variant.appDir());
        List<String> command = new ArrayList<>();
        command.add(variant.javaHome().resolve("bin/java").toString());
        command.addAll(flags);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add("quarkus-run.jar");
        Path log = logs.resolve(service + "-" + variant.id() + (keepLog ? "-training" : "") + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(appDir.toFile()).redirectErrorStream(true)
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
            return new Run(service, variant.id(), TimeUnit.NANOSECONDS.toMillis(readyAt - start), rss, rssLater,
                    m.find() ? m.group(1) : null);
        } finally {
            process.destroy();
            // a training start writes its archive as it exits (JDK 25 forks a JVM to assemble the AOT cache)
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
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
