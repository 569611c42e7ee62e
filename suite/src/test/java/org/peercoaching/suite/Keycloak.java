package org.peercoaching.suite;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider for the tests: Keycloak, started as a process from its own distribution
 * ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into suite/target/keycloak), the way the broker is
 * started from Kafka's own jars. Realms are imported from suite/src/test/resources/keycloak. Keycloak needs JDK 21 or
 * later: it runs on the JDK the services run on ({@link ServiceJvm}: the newest Temurin 25+ here).
 */
final class Keycloak implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-for-tests-only";

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Keycloak start(Path logDir, String... realmFiles) throws IOException {
        Path home = home();
        ServiceJvm jvm = ServiceJvm.get();
        if (jvm.feature() < 21) {
            throw new IllegalStateException("Keycloak needs JDK 21 or later; the newest JDK found is " + jvm
                    + " (set PEERCOACHING_JAVA_HOME to a JDK 21+)");
        }
        // a fresh provider each run: no realm, user or key left from the last one
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        for (String realm : realmFiles) {
            try (var in = Keycloak.class.getResourceAsStream("/keycloak/" + realm)) {
                if (in == null) {
                    throw new IOException("keycloak/" + realm + " is not in the test resources");
                }
                Files.copy(in, imports.resolve(realm), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int port = freePort();
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm",
                "--hostname-strict=false", "--log-level=warn"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(logDir.resolve("keycloak.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", jvm.javaHome().toString());
        env.put("PATH", jvm.javaHome().resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Instant started = Instant.now();
        Keycloak keycloak = new Keycloak(builder.start(), port);
        try {
            keycloak.awaitReady(Duration.ofMinutes(4), realmFiles.length == 0 ? "master" : realmName(realmFiles[0]));
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        System.out.printf("Keycloak ready at %s in %.1f s%n", keycloak.url(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return keycloak;
    }

    static Path home() throws IOException {
        Path unpacked = PostgresSuite.repoRoot().resolve("suite/target/keycloak");
        try (Stream<Path> homes = Files.list(unpacked)) {
            return homes.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IOException("no keycloak-* folder in " + unpacked));
        } catch (IOException e) {
            throw new IOException("Keycloak is not unpacked in " + unpacked + ": build the suite module first", e);
        }
    }

    private static String realmName(String file) {
        return file.replace("-realm.json", "");
    }

    private void awaitReady(Duration limit, String realm) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        URI discovery = URI.create(issuer(realm) + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting: see keycloak.log");
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(discovery).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready within " + limit);
    }

    String url() {
        return "http://localhost:" + port;
    }

    String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    String jwks(String realm) {
        return issuer(realm) + "/protocol/openid-connect/certs";
    }

    /** An access token by the client-credentials grant, as a pathway system gets one. */
    String clientToken(String realm, String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(issuer(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * Adds a new RSA signing key with a higher priority than the realm's first one: from now on the realm signs
     * with it (a new key id), as when an operator rotates the provider's keys.
     */
    void rotateSigningKey(String realm) {
        String admin = adminToken();
        String realmId = given().auth().oauth2(admin).get(url() + "/admin/realms/" + realm)
                .then().statusCode(200).extract().path("id");
        given().auth().oauth2(admin).contentType("application/json").body(Map.of(
                        "name", "rotated-" + System.nanoTime(), "providerId", "rsa-generated",
                        "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                        "config", Map.of("priority", List.of("1000"), "enabled", List.of("true"),
                                "active", List.of("true"), "keySize", List.of("2048"),
                                "algorithm", List.of("RS256"))))
                .post(url() + "/admin/realms/" + realm + "/components")
                .then().statusCode(201);
    }

    private String adminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post(issuer("master") + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * A person who signs in with a password, with one realm role and user attributes (such as {@code volunteer_id}).
     * Keycloak 26 keeps only the attributes its user profile declares, so unmanaged attributes are switched on first.
     */
    void addUser(String realm, String username, String password, String firstName, String lastName, String role,
            Map<String, String> attributes) {
        String admin = adminToken();
        String profiles = url() + "/admin/realms/" + realm + "/users/profile";
        Map<String, Object> profile = given().auth().oauth2(admin).get(profiles).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        profile.put("unmanagedAttributePolicy", "ENABLED");
        given().auth().oauth2(admin).contentType("application/json").body(profile).put(profiles)
                .then().statusCode(200);
        Map<String, List<String>> attributeLists = new java.util.HashMap<>();
        attributes.forEach((k, v) -> attributeLists.put(k, List.of(v)));
        String location = given().auth().oauth2(admin).contentType("application/json").body(Map.of(
                        "username", username, "enabled", true, "firstName", firstName, "lastName", lastName,
                        "email", username + "@example.org", "emailVerified", true, "attributes", attributeLists,
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(url() + "/admin/realms/" + realm + "/users")
                .then().statusCode(201).extract().header("Location");
        Map<String, Object> roleRepresentation = given().auth().oauth2(admin)
                .get(url() + "/admin/realms/" + realm + "/roles/" + role).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        given().auth().oauth2(admin).contentType("application/json").body(List.of(roleRepresentation))
                .post(location + "/role-mappings/realm").then().statusCode(204);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
