package org.peercoaching.suite;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.peercoaching.devidentity.DevTokens;

/**
 * The suite as production runs it: packaged services (prod profile) as their own processes on a real
 * PostgreSQL with one database per service, and a real broker. Sign-in is configured as in production,
 * with an issuer and a public key (here the dev identity's).
 */
final class PostgresSuite implements AutoCloseable {

    static final Map<String, String> DATABASES =
            Map.of("volunteer-service", "volunteer", "matching-service", "matching", "schedule-service", "schedule");

    final EmbeddedPostgres postgres;
    final Suite suite;

    private PostgresSuite(EmbeddedPostgres postgres, Suite suite) {
        this.postgres = postgres;
        this.suite = suite;
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("peercoaching.repo-root", "..")).toAbsolutePath().normalize();
    }

    /**
     * @param kafkaDataDir null for a throwaway broker; a folder for one that can be stopped and started again
     * @param extraProperties added to every service's system properties
     */
    /**
     * Off in these tests: matching builds its FHIR validator (seconds of CPU) at each start, and most tests send no
     * FHIR; the ones that do wait for it on their first FHIR request instead. (CI time on 2 cores.)
     */
    static final String PRELOAD_FHIR_VALIDATOR = "peercoaching.fhir.preload-validator";

    static PostgresSuite start(String logFolder, Path kafkaDataDir, Map<String, String> extraProperties)
            throws Exception {
        return start(logFolder, kafkaDataDir, extraProperties, Map.of(), false);
    }

    /**
     * @param byService properties for one service only (each service refuses unknown properties of its own prefix)
     * @param withPages also start the web pages (on a free port), signed in through the dev sign-in
     */
    static PostgresSuite start(String logFolder, Path kafkaDataDir, Map<String, String> extraProperties,
            Map<String, Map<String, String>> byService, boolean withPages) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : DATABASES.values()) {
                s.execute("create database " + db);
            }
        }
        Path root = repoRoot();
        Map<String, Integer> ports = new HashMap<>();
        for (String service : Suite.SERVICES) {
            ports.put(service, freePort());
        }
        if (withPages) {
            ports.put(Suite.WEB, freePort());
        }
        try {
            Suite suite = Suite.start(new Suite.Settings(root, kafkaDataDir == null ? 0 : freePort(), kafkaDataDir, ports,
                    root.resolve("suite/target").resolve(logFolder), service -> {
                        Map<String, String> properties = new HashMap<>();
                        // the dev identity's issuer and key, unless the caller signs in through a real provider
                        properties.put("JWT_ISSUER", DevTokens.ISSUER);
                        properties.put("JWT_PUBLIC_KEY_LOCATION", root.resolve(
                                "dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString());
                        boolean providerSignIn = byService.getOrDefault(Suite.WEB, Map.of()).containsKey("OIDC_CLIENT_ID");
                        if (service.equals(Suite.WEB) && !providerSignIn) {
                            // the dev sign-in on the prod build, unless the caller signs in through a provider
                            properties.put("peercoaching.web.dev-sign-in", "true");
                            properties.put("peercoaching.web.secure-cookie", "false");
                            properties.put("OIDC_SIGN_IN", "false");
                            properties.put("peercoaching.web.sign-in-url", "/sign-in");
                            properties.put("peercoaching.web.sign-out-url", "/sign-in");
                        }
                        if (service.equals("matching-service")) {
                            properties.put(PRELOAD_FHIR_VALIDATOR, "false");
                        }
                        properties.putAll(extraProperties);
                        properties.putAll(byService.getOrDefault(service, Map.of()));
                        if (!service.equals(Suite.WEB)) {
                            properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:"
                                    + postgres.getPort() + "/" + DATABASES.get(service));
                            properties.put("quarkus.datasource.username", "postgres");
                            properties.put("quarkus.datasource.password", "postgres");
                        }
                        return properties;
                    }));
            return new PostgresSuite(postgres, suite);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * The packaged services on the simulated suite clock (as {@code ./run.sh --simulate}), each on its own database
     * of this PostgreSQL, from the given London date.
     */
    static ProgrammeSimulation.Running simulated(EmbeddedPostgres postgres, Path workDir, java.time.LocalDate start)
            throws java.sql.SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : DATABASES.values()) {
                s.execute("create database " + db);
            }
        }
        return ProgrammeSimulation.start(repoRoot(), workDir, start, service -> Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/"
                        + DATABASES.get(service),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                PRELOAD_FHIR_VALIDATOR, "false"));
    }

    String url(String service) {
        return suite.url(service);
    }

    @Override
    public void close() throws IOException {
        try {
            suite.close();
        } finally {
            postgres.close();
        }
    }

    static int freePortUnchecked() {
        return ProgrammeSimulation.freePort();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
