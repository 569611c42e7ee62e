package org.peercoaching.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JDK the services run on, and when a service gets its class data archive: only when it was made by exactly that
 * JDK and is not older than the jar (a JVM handed an archive it cannot use starts without any class sharing).
 */
class ServiceJvmTest {

    @Test
    void theConfiguredJavaHomeComesFirstThenTheNewestTemurin25ThenTheLaunchersOwn(@TempDir Path dir) throws IOException {
        Path jvms = dir.resolve("jvm");
        Path own = fakeJdk(dir.resolve("own"), "17.0.15", "17.0.15+6-Debian-1deb12u1");
        fakeJdk(jvms.resolve("temurin-21-jdk-amd64"), "21.0.5", "21.0.5+11-LTS");
        fakeJdk(jvms.resolve("temurin-25-jdk-amd64"), "25.0.3", "25.0.3+9-LTS");
        fakeJdk(jvms.resolve("temurin-26-jdk-amd64"), "26", "26+35");
        Path configured = fakeJdk(dir.resolve("configured"), "25.0.1", "25.0.1+8-LTS");

        assertEquals(configured, ServiceJvm.choose(Map.of("PEERCOACHING_JAVA_HOME", configured.toString()), jvms, own)
                .javaHome());
        assertEquals("26+35", ServiceJvm.choose(Map.of(), jvms, own).runtimeVersion());
        assertEquals(own, ServiceJvm.choose(Map.of("PEERCOACHING_JAVA_HOME", dir.resolve("nothing").toString()),
                dir.resolve("no-jvms"), own).javaHome());
        ServiceJvm fallback = ServiceJvm.choose(Map.of(), dir.resolve("no-jvms"), own);
        assertEquals(17, fallback.feature());
        assertEquals("app-cds.jsa", fallback.archiveName());
    }

    @Test
    void aServiceGetsTheAotCacheOnlyWhenItWasMadeByThisJdkAfterTheJar(@TempDir Path dir) throws IOException {
        ServiceJvm jdk25 = ServiceJvm.describe(fakeJdk(dir.resolve("jdk25"), "25.0.3", "25.0.3+9-LTS"), "test")
                .orElseThrow();
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-06T10:00:00Z")));

        assertEquals(List.of(), jdk25.archiveFor(app).flags(), "no cache yet");
        assertTrue(jdk25.archiveFor(app).description().contains("is not there"));

        Path cache = archive(app.resolve("app.aot"), "OpenJDK 64-Bit Server VM (25.0.3+9-LTS) for linux-amd64 JRE");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-12-06T10:01:00Z")));
        assertEquals(List.of("-XX:AOTCache=" + cache), jdk25.archiveFor(app).flags());

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-06T10:02:00Z"))); // rebuilt since
        assertEquals(List.of(), jdk25.archiveFor(app).flags());
        assertTrue(jdk25.archiveFor(app).description().contains("older than quarkus-run.jar"));

        archive(cache, "OpenJDK 64-Bit Server VM (25.0.2+10-LTS) for linux-amd64 JRE"); // another JDK 25 build
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-12-06T10:03:00Z")));
        assertEquals(List.of(), jdk25.archiveFor(app).flags());
        assertTrue(jdk25.archiveFor(app).description().contains("another JDK"));
    }

    @Test
    void onJdk17TheServiceGetsTheAppCdsArchive(@TempDir Path dir) throws IOException {
        ServiceJvm jdk17 = ServiceJvm.describe(fakeJdk(dir.resolve("jdk17"), "17.0.15", "17.0.15+6-Debian-1deb12u1"),
                "test").orElseThrow();
        Path app = Files.createDirectories(dir.resolve("quarkus-app"));
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Path jsa = archive(app.resolve("app-cds.jsa"), "OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1) for");
        archive(app.resolve("app.aot"), "OpenJDK 64-Bit Server VM (25.0.3+9-LTS) for");
        assertEquals(List.of("-XX:SharedArchiveFile=" + jsa), jdk17.archiveFor(app).flags());
    }

    private static Path fakeJdk(Path home, String version, String runtime) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"),
                "JAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + runtime + "\"\n");
        return home;
    }

    private static Path archive(Path file, String header) throws IOException {
        byte[] bytes = new byte[16384];
        byte[] text = header.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(text, 0, bytes, 64, text.length);
        return Files.write(file, bytes);
    }
}
