package org.peercoaching.suite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which JDK runs the services, and the class data archive each service starts with (issue #17, measured in
 * docs/benchmarks.md "Startup and RSS by JDK").
 *
 * <p>The JDK: {@code PEERCOACHING_JAVA_HOME} if set, else the newest Temurin 25 or later under /usr/lib/jvm, else the
 * JDK running the launcher. The archive is the one the Quarkus build leaves next to quarkus-run.jar
 * ({@code quarkus.package.jar.aot.enabled}, which run.sh sets): {@code app.aot} (a JDK 25 AOT cache) or
 * {@code app-cds.jsa} (a JDK 17 AppCDS archive). It is used only if it was made by exactly this JDK and is not older
 * than the jar; otherwise the service starts without one. A JVM given an archive it cannot use still starts (it logs
 * an error and runs without any class data sharing, slower than with no flag at all), so the checks here keep the
 * flag away unless the archive fits.
 */
record ServiceJvm(Path javaHome, String runtimeVersion, int feature, String source) {

    static final String JAVA_HOME_VARIABLE = "PEERCOACHING_JAVA_HOME";

    private static volatile ServiceJvm chosen;

    /** The JDK for this launcher's services, chosen once. */
    static ServiceJvm get() {
        ServiceJvm jvm = chosen;
        if (jvm == null) {
            jvm = choose(System.getenv(), Path.of("/usr/lib/jvm"), Path.of(System.getProperty("java.home")));
            chosen = jvm;
        }
        return jvm;
    }

    static ServiceJvm choose(Map<String, String> env, Path jvmFolder, Path running) {
        String configured = env.get(JAVA_HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Optional<ServiceJvm> jvm = describe(Path.of(configured.trim()), JAVA_HOME_VARIABLE);
            if (jvm.isPresent()) {
                return jvm.get();
            }
            System.err.println(JAVA_HOME_VARIABLE + "=" + configured + " is not a JDK (no bin/java); looking further.");
        }
        ServiceJvm best = null;
        if (Files.isDirectory(jvmFolder)) {
            try (DirectoryStream<Path> homes = Files.newDirectoryStream(jvmFolder, "temurin-*")) {
                for (Path home : homes) {
                    Optional<ServiceJvm> jvm = describe(home, "newest Temurin 25+ in " + jvmFolder);
                    if (jvm.isPresent() && jvm.get().feature() >= 25
                            && (best == null || jvm.get().feature() > best.feature())) {
                        best = jvm.get();
                    }
                }
            } catch (IOException e) {
                // none found: fall through to the running JDK
            }
        }
        if (best != null) {
            return best;
        }
        return describe(running, "the launcher's own JDK")
                .orElse(new ServiceJvm(running, System.getProperty("java.runtime.version"),
                        Runtime.version().feature(), "the launcher's own JDK"));
    }

    static Optional<ServiceJvm> describe(Path home, String source) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("release"))) {
            release.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String runtime = unquote(release.getProperty("JAVA_RUNTIME_VERSION", ""));
        String version = unquote(release.getProperty("JAVA_VERSION", ""));
        if (runtime.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        int feature;
        try {
            feature = Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new ServiceJvm(home, runtime, feature, source));
    }

    Path java() {
        return javaHome.resolve("bin").resolve("java");
    }

    /** The archive file this JDK reads: an AOT cache from JDK 25 (JEP 483/514/515), AppCDS before. */
    String archiveName() {
        return feature >= 25 ? "app.aot" : "app-cds.jsa";
    }

    /** What a service in {@code appDir} starts with: the flags to add and a line for the log saying why. */
    record Archive(List<String> flags, String description) {}

    Archive archiveFor(Path appDir) {
        Path file = appDir.resolve(archiveName());
        Path jar = appDir.resolve("quarkus-run.jar");
        String kind = feature >= 25 ? "AOT cache" : "AppCDS archive";
        String none = "no " + kind + " (" + file + " ";
        try {
            if (!Files.isRegularFile(file)) {
                return new Archive(List.of(), none + "is not there: ./run.sh builds it)");
            }
            if (Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return new Archive(List.of(), none + "is older than quarkus-run.jar)");
            }
            if (!madeBy(file, runtimeVersion)) {
                return new Archive(List.of(), none + "was made by another JDK than " + runtimeVersion + ")");
            }
        } catch (IOException e) {
            return new Archive(List.of(), none + "could not be read: " + e.getMessage() + ")");
        }
        List<String> flags = new ArrayList<>();
        flags.add((feature >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file);
        return new Archive(flags, kind + " " + file);
    }

    /** The archive's header names the JVM that wrote it, e.g. "OpenJDK 64-Bit Server VM (25.0.3+9-LTS)". */
    static boolean madeBy(Path archive, String runtimeVersion) throws IOException {
        byte[] head = new byte[8192];
        int read;
        try (InputStream in = Files.newInputStream(archive)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("(" + runtimeVersion + ")");
    }

    String describe() {
        return "JDK " + runtimeVersion + " (" + javaHome + ", " + source + ")";
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
