package org.peercoaching.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.kafka.EmbeddedKafkaCluster;
import org.peercoaching.kafka.TopicReader;

/**
 * Issue #19: the shape a trust runs beyond one machine. Two replicas of every service (the packaged jars, each pair
 * on one PostgreSQL database of its own), a three-node Kafka cluster (KRaft, topics with replication 3 and
 * min.insync.replicas 2, producers acks=all), and a round-robin client in front (it alternates the replicas' base
 * URLs, and tries the other replica when one does not answer, as a load balancer's health check would).
 *
 * <p>Referrals ({@code -Dpeercoaching.scale.referrals}, 300 in CI, 1,000 for the documented full run) go in through
 * both matching replicas. The first fill every coach's places (measured: referrals and confirmations a second);
 * the rest arrive while one replica of each service is killed (SIGKILL) and restarted and one broker node is stopped
 * and started again. Then the suite clock moves nine weeks on, a Tuesday and a Thursday evening at a time: the
 * coaches record their calls through both schedule replicas, some plans miss calls 2, 3, 4 and 8, and both
 * schedule replicas run the missed-call and stage-change jobs at each moment (both are moved together, so both run
 * them at once). Stage changes flow back to matching, which gives each coach their third person.
 *
 * <p>Checked: every referral in exactly one state; no coach ever above the cap, checked every half second from
 * start to end (at most 5 people, at most 2 on weekly calls, a load of at most 24; and at most 2 weekly plans on
 * schedule's side); every plan has each call number once, and as many calls per stage as the taper has; no event
 * applied twice (each service's inbox count per type equals the distinct events of that type on the topics); nothing
 * on a dead-letter topic; each missed-calls alert raised once per plan, each stage change published once per plan.
 *
 * <p>The profiles: volunteer-service and matching-service run the prod profile. schedule-service runs the same
 * prod-built jar on PostgreSQL with the {@code local} profile only because its clock is simulated, which the prod
 * profile refuses (ClockProducer); the other difference of that profile is sign-in trusting the dev key, which the
 * prod replicas are configured with here too.
 */
class ScaleOutTest {

    static final int REFERRALS = Integer.getInteger("peercoaching.scale.referrals", 300);
    /** Two places each in the first intake: 30% of the referrals are placed at once, the rest wait. */
    static final int COACHES = Integer.getInteger("peercoaching.scale.coaches",
            Math.max(6, (int) Math.ceil(REFERRALS * 0.15)));
    static final int WEEKS = 9;
    static final String COORDINATOR = "scale.coordinator";
    static final String PATHWAY = "rheumatology";
    static final List<String> SERVICES = Suite.SERVICES;
    static final Map<String, Integer> TAPER = Map.of("WEEKLY", 8, "FORTNIGHTLY", 4, "MONTHLY", 2);

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static EmbeddedPostgres postgres;
    static EmbeddedKafkaCluster kafka;
    static final Map<String, List<Replica>> replicas = new LinkedHashMap<>();
    static final AtomicReference<Instant> simulatedNow = new AtomicReference<>();
    static Path logs;
    static CapWatch capWatch;

    /** One replica: a packaged service as its own JVM, restartable on the same port, database and brokers. */
    static final class Replica {
        final String service;
        final int number;
        final int port;
        final Path logDir;
        volatile ServiceProcess process;

        Replica(String service, int number, int port, Path logDir) {
            this.service = service;
            this.number = number;
            this.port = port;
            this.logDir = logDir;
        }

        void launch() {
            process = ServiceProcess.start(PostgresSuite.repoRoot(), service, port, properties(service), logDir,
                    Suite.JVM_OPTIONS);
        }

        String url() {
            return "http://localhost:" + port;
        }

        @Override
        public String toString() {
            return service + " #" + number;
        }
    }

    @BeforeAll
    static void startTwoReplicasOfEveryServiceOnPostgresAndAThreeNodeCluster() throws Exception {
        Path root = PostgresSuite.repoRoot();
        logs = root.resolve("suite/target/scale-out-logs");
        if (Files.isDirectory(logs)) { // this run's logs only
            try (java.util.stream.Stream<Path> old = Files.walk(logs)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String db : PostgresSuite.DATABASES.values()) {
                s.execute("create database " + db);
            }
        }
        kafka = EmbeddedKafkaCluster.start(3, Files.createTempDirectory("scale-kafka"));
        simulatedNow.set(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        for (String service : SERVICES) {
            List<Replica> pair = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                pair.add(new Replica(service, n, PostgresSuite.freePort(), logs.resolve("replica-" + n)));
            }
            replicas.put(service, pair);
        }
        // the first replica of each service migrates its database; the second then starts on it
        for (int n = 0; n < 2; n++) {
            for (String service : SERVICES) {
                replicas.get(service).get(n).launch();
            }
            for (String service : SERVICES) {
                replicas.get(service).get(n).process.awaitReady(Duration.ofSeconds(240));
            }
        }
        capWatch = new CapWatch();
        capWatch.start();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (capWatch != null) {
            capWatch.interrupt();
        }
        replicas.values().forEach(pair -> pair.forEach(r -> {
            if (r.process != null) {
                r.process.askToStop();
            }
        }));
        replicas.values().forEach(pair -> pair.forEach(r -> {
            if (r.process != null) {
                r.process.stop();
            }
        }));
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static Map<String, String> properties(String service) {
        Path root = PostgresSuite.repoRoot();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        p.put("peercoaching.kafka.topics.replication-factor", "3");
        p.put("peercoaching.kafka.topics.min-insync-replicas", "2");
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/"
                + PostgresSuite.DATABASES.get(service));
        p.put("quarkus.datasource.username", "postgres");
        p.put("quarkus.datasource.password", "postgres");
        p.put("JWT_ISSUER", DevTokens.ISSUER);
        p.put("JWT_PUBLIC_KEY_LOCATION",
                root.resolve("dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString());
        // brisk recovery after a broker node comes back, and quick offset commits for the clock's settling
        p.put("peercoaching.consumer.retry.max-backoff", "PT2S");
        p.put("kafka.auto.commit.interval.ms", "100");
        if (service.equals("matching-service")) {
            // one pathway system sends every referral of the test; the per-instance limit is for real pathways
            p.put("peercoaching.intake.rate-limit.per-second", "100000");
            p.put("peercoaching.intake.rate-limit.burst", "100000");
            p.put(PostgresSuite.PRELOAD_FHIR_VALIDATOR, "false"); // no FHIR here
        }
        if (service.equals("schedule-service")) {
            p.put("quarkus.profile", "local");
            p.put("peercoaching.clock.simulated", "true");
            p.put("peercoaching.clock.start", simulatedNow.get().toString());
        }
        return p;
    }

    // ---- the test ----------------------------------------------------------------------------------------

    @Test
    void twoReplicasOfEachServiceAndThreeBrokersKeepEveryRuleThroughKilledReplicasABrokerDownAndJobsOnBoth()
            throws Exception {
        long began = System.nanoTime();
        List<String> coachIds = registerActiveCoaches();
        awaitCount("matching", "select count(*) from coach where status = 'ACTIVE'", COACHES, Duration.ofMinutes(2));
        long registered = System.nanoTime();

        // 1. throughput: the coaches' first places filled as fast as eight pathway clients can send
        int placed = Math.min(REFERRALS, 2 * COACHES);
        Map<Integer, String> referralIds = new ConcurrentHashMap<>();
        long fillStart = System.nanoTime();
        submitReferrals(0, placed, 8, referralIds, null);
        long accepted = System.nanoTime();
        awaitCount("matching", "select count(*) from coach_match where status = 'CONFIRMED'", placed,
                Duration.ofMinutes(2));
        long confirmed = System.nanoTime();
        double referralsPerSecond = placed / seconds(accepted - fillStart);
        double confirmationsPerSecond = placed / seconds(confirmed - fillStart);

        // 2. half the rest while replicas are killed and a broker node goes away
        int duringFaults = placed + (REFERRALS - placed) / 2;
        AtomicInteger faultsDone = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long waitingStart = System.nanoTime();
        Future<?> intake = pool.submit(() -> submitReferrals(placed, duringFaults, 2, referralIds, faultsDone));
        Future<List<String>> chaos = pool.submit(() -> breakThings(faultsDone));
        List<String> whatHappened = chaos.get(15, TimeUnit.MINUTES);
        intake.get(15, TimeUnit.MINUTES);
        pool.shutdown();

        // 3. throughput again: the other half onto a waiting list, every coach full (each one re-solves the list)
        long waitingBefore = single("matching", "select count(*) from referral where status = 'WAITING'");
        long burstStart = System.nanoTime();
        submitReferrals(duringFaults, REFERRALS, 8, referralIds, null);
        double waitingListPerSecond = (REFERRALS - duringFaults) / seconds(System.nanoTime() - burstStart);
        System.out.println("ScaleOutTest, what happened: " + String.join("; ", whatHappened));
        assertEquals(REFERRALS, referralIds.size(), "every referral was accepted (retried through the outages)");
        assertEquals(REFERRALS, new HashSet<>(referralIds.values()).size(), "each got its own id");

        awaitCount("matching", "select count(*) from referral where status = 'IN_PROGRAMME'", placed,
                Duration.ofMinutes(4));
        awaitCount("schedule", "select count(*) from scheduled_call", placed * 8L, Duration.ofMinutes(2));
        awaitOutboxesEmpty();
        assertEquals(Map.of("IN_PROGRAMME", placed, "WAITING", REFERRALS - placed), statusesThroughTheApi(referralIds),
                "after " + whatHappened);
        long settled = System.nanoTime();

        // 4. nine weeks on the suite clock: calls recorded through both schedule replicas, jobs on both
        int[] outcomes = runTheWeeks();
        awaitOutboxesEmpty();
        long weeksDone = System.nanoTime();

        // every referral is in exactly one state, the same in the API and the database
        Map<String, Integer> byStatus = statusesThroughTheApi(referralIds);
        assertEquals(REFERRALS, byStatus.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Set.of("IN_PROGRAMME", "WAITING"), byStatus.keySet(), "only these states: " + byStatus);
        assertEquals(byStatus.get("IN_PROGRAMME").longValue(), single("matching",
                "select count(*) from coach_match where status = 'CONFIRMED'"), "one confirmed match per person");
        assertEquals(0, single("matching", "select count(*) from (select referral_id from coach_match where status in"
                + " ('PROPOSED','CONFIRMED') group by referral_id having count(*) > 1) x"), "no one matched twice");
        assertEquals(byStatus.get("IN_PROGRAMME").longValue(), single("schedule", "select count(*) from call_plan"),
                "one plan per person in the programme");
        assertEquals(0, single("schedule", "select count(*) from (select referral_id from call_plan group by"
                + " referral_id having count(*) > 1) x"), "one plan per referral");
        int thirdPeople = byStatus.get("IN_PROGRAMME") - placed;
        assertTrue(thirdPeople > 0, "stage changes flowed back to matching and freed places: " + byStatus);
        assertTrue(thirdPeople <= COACHES, "at most one more person per coach in nine weeks: " + byStatus);

        // no coach ever above the cap, on either side, at any of the checks
        capWatch.checkNow();
        assertTrue(capWatch.violations.isEmpty(), "over the cap: " + capWatch.violations);
        assertTrue(capWatch.checks.get() > 100, "the cap was checked continuously: " + capWatch.checks.get());

        // every plan has each call exactly once, and the taper's number of calls per stage
        assertEquals(0, single("schedule", "select count(*) from (select plan_id, call_number from scheduled_call"
                + " group by plan_id, call_number having count(*) > 1) x"), "a call number twice in a plan");
        List<List<Object>> perStage = rows("schedule",
                "select plan_id, stage, count(*), min(call_number), max(call_number) from scheduled_call"
                        + " group by plan_id, stage");
        for (List<Object> row : perStage) {
            String stage = (String) row.get(1);
            long count = ((Number) row.get(2)).longValue();
            assertEquals(TAPER.get(stage).longValue(), count, "plan " + row.get(0) + " stage " + stage);
            assertEquals(count - 1, ((Number) row.get(4)).longValue() - ((Number) row.get(3)).longValue(),
                    "plan " + row.get(0) + " stage " + stage + " numbers its calls without a gap");
        }
        long advanced = single("schedule", "select count(*) from call_plan where stage = 'FORTNIGHTLY'");
        assertEquals(placed, advanced, "every first person moved on to fortnightly calls, once");

        // each stage change published once per plan, each missed-calls alert raised once per plan that missed three
        Map<String, Integer> stageChanges = new HashMap<>();
        Set<String> seenEventIds = new HashSet<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(kafka.bootstrapServers(), "schedule")) {
            JsonNode event = JSON.readTree(record.value());
            if (event.path("type").asText().equals("schedule.stage-changed.v1")
                    && seenEventIds.add(event.path("id").asText())) {
                JsonNode data = event.path("data");
                stageChanges.merge(data.path("planId").asText() + " " + data.path("fromStage").asText() + "->"
                        + data.path("toStage").asText(), 1, Integer::sum);
            }
        }
        stageChanges.forEach((change, times) -> assertEquals(1, times, "stage change " + change + " published"));
        assertEquals(placed, stageChanges.keySet().stream().filter(k -> k.endsWith("WEEKLY->FORTNIGHTLY")).count());
        long threeInARow = single("schedule", "select count(*) from (select plan_id from scheduled_call where status ="
                + " 'MISSED' and call_number in (2, 3, 4) group by plan_id having count(*) = 3) x");
        assertTrue(threeInARow > 0, "some plans missed three calls in a row");
        assertEquals(0, single("schedule", "select count(*) from (select plan_id from coordinator_alert where kind ="
                + " 'MISSED_CALLS' group by plan_id having count(*) > 1) x"), "a missed-calls alert twice for one plan");
        assertEquals(threeInARow, single("schedule", "select count(distinct plan_id) from coordinator_alert where kind"
                + " = 'MISSED_CALLS'"), "one alert for each plan that missed three calls in a row, none for others");
        assertEquals(outcomes[1], single("schedule", "select count(*) from scheduled_call where status = 'MISSED'"),
                "every call left unrecorded was marked missed by the jobs, once; every recorded one was not");
        assertEquals(outcomes[0], single("schedule", "select count(*) from scheduled_call where status = 'COMPLETED'"),
                "every outcome recorded through either replica is held once");

        // no event applied twice or left out: each inbox holds each distinct event of its types once
        Map<String, Set<String>> eventsByType = new HashMap<>();
        for (String topic : List.of("volunteers", "referrals", "matches", "schedule")) {
            for (ConsumerRecord<String, String> record : TopicReader.readAll(kafka.bootstrapServers(), topic)) {
                JsonNode event = JSON.readTree(record.value());
                eventsByType.computeIfAbsent(event.path("type").asText(), t -> new HashSet<>())
                        .add(event.path("id").asText());
            }
        }
        Map<String, String> inboxes = new TreeMap<>();
        for (String db : PostgresSuite.DATABASES.values()) {
            for (List<Object> row : rows(db, "select type, count(*), count(distinct event_id) from processed_event"
                    + " group by type")) {
                String type = (String) row.get(0);
                long count = ((Number) row.get(1)).longValue();
                assertEquals(count, ((Number) row.get(2)).longValue(), db + " " + type);
                assertEquals(eventsByType.getOrDefault(type, Set.of()).size(), count,
                        db + " applied each " + type + " event on the topics once");
                inboxes.put(db + " " + type, String.valueOf(count));
            }
        }
        assertTrue(inboxes.containsKey("schedule match.confirmed.v1"), "schedule's inbox: " + inboxes);
        assertTrue(inboxes.containsKey("matching schedule.stage-changed.v1"), "matching's inbox: " + inboxes);

        // nothing on any dead-letter topic
        for (String service : SERVICES) {
            assertEquals(0, TopicReader.readAll(kafka.bootstrapServers(), "dead-letters." + service).size(),
                    "dead letters of " + service);
        }

        System.out.printf("ScaleOutTest figures: %d referrals, %d coaches, 2 replicas each, 3 brokers.%n"
                        + "  registering %d coaches: %.1f s%n"
                        + "  first places (%d referrals, 8 clients): %.1f referrals/s accepted, %.1f confirmations/s%n"
                        + "  onto the waiting list (%d referrals, %d already waiting, 8 clients): %.1f referrals/s%n"
                        + "  faults, the waiting-list burst and settling: %.1f s; nine simulated weeks: %.1f s (%d calls recorded, %d left to be"
                        + " missed); third people matched: %d%n"
                        + "  cap checks: %d; inboxes: %s%n  total %.1f s%n",
                REFERRALS, COACHES, COACHES, seconds(registered - began), placed, referralsPerSecond,
                confirmationsPerSecond, REFERRALS - duringFaults, waitingBefore, waitingListPerSecond,
                seconds(settled - waitingStart), seconds(weeksDone - settled),
                outcomes[0], outcomes[1], thirdPeople, capWatch.checks.get(), inboxes, seconds(System.nanoTime() - began));
    }

    // ---- faults --------------------------------------------------------------------------------------------

    static final int FAULT_STEPS = 4;

    /** One replica of each service killed and restarted, one broker node stopped and started again. */
    private List<String> breakThings(AtomicInteger done) {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        for (String service : List.of("matching-service", "schedule-service", "volunteer-service")) {
            pause(2_000);
            Replica replica = replicas.get(service).get(0);
            replica.process.kill();
            log.add("killed " + replica);
            pause(1_000);
            replica.launch();
            replica.process.awaitReady(Duration.ofSeconds(240));
            log.add("restarted " + replica + ", ready in " + replica.process.readyIn().toMillis() + " ms");
            done.incrementAndGet();
        }
        pause(2_000);
        kafka.stopNode(1);
        log.add("stopped broker node 2");
        pause(8_000);
        kafka.startNode(1);
        log.add("started broker node 2");
        done.incrementAndGet();
        return log;
    }

    // ---- the weeks ------------------------------------------------------------------------------------------

    /** Plans that leave calls 2, 3, 4 (three in a row: one alert) and 8 (its stage ends by the job) unrecorded. */
    static boolean missesCalls(String planId) {
        return Math.floorMod(planId.hashCode(), 5) == 0;
    }

    static final Set<Integer> MISSED_NUMBERS = Set.of(2, 3, 4, 8);

    /** Returns {calls recorded, calls left to be missed}. */
    private int[] runTheWeeks() throws Exception {
        Map<String, String> clocks = new LinkedHashMap<>();
        for (Replica r : replicas.get("schedule-service")) {
            clocks.put(r.toString(), r.url());
        }
        String admin = "Bearer " + DevTokens.admin("scale");
        int recorded = 0;
        int left = 0;
        AtomicInteger next = new AtomicInteger();
        ExecutorService coaches = Executors.newFixedThreadPool(4);
        try (SimulatedTime time = new SimulatedTime(clocks, kafka.bootstrapServers(), simulatedNow::set)) {
            LocalDate day = LocalDate.ofInstant(simulatedNow.get(), IsoWeeks.LONDON);
            LocalDate last = day.plusWeeks(WEEKS);
            while (!day.isAfter(last)) {
                day = day.plusDays(1);
                if (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.THURSDAY) {
                    continue;
                }
                Instant evening = day.atTime(LocalTime.of(23, 30)).atZone(IsoWeeks.LONDON).toInstant();
                time.advanceTo(evening, admin);
                Instant dayStart = day.atStartOfDay(IsoWeeks.LONDON).toInstant();
                List<Future<Boolean>> calls = new ArrayList<>();
                for (List<Object> call : rows("schedule", "select c.id, c.plan_id, c.coach_id, c.call_number from"
                        + " scheduled_call c where c.status = 'SCHEDULED' and c.starts_at >= '" + dayStart
                        + "' and c.starts_at <= '" + evening + "'")) {
                    String planId = call.get(1).toString();
                    int number = ((Number) call.get(3)).intValue();
                    if (missesCalls(planId) && MISSED_NUMBERS.contains(number)) {
                        left++;
                        continue;
                    }
                    String callId = call.get(0).toString();
                    String coach = call.get(2).toString();
                    calls.add(coaches.submit(() -> recordCompleted(callId, coach, next)));
                }
                for (Future<Boolean> call : calls) {
                    if (call.get(2, TimeUnit.MINUTES)) {
                        recorded++;
                    }
                }
            }
            // past the last evening's grace period: the jobs mark what is left and move the stages on
            time.advanceTo(simulatedNow.get().plus(Duration.ofDays(3)), admin);
            time.settle(admin);
        } finally {
            coaches.shutdownNow();
        }
        return new int[] {recorded, left};
    }

    private boolean recordCompleted(String callId, String coachId, AtomicInteger next) {
        String token = DevTokens.volunteer(UUID.fromString(coachId));
        String body = "{\"outcome\": \"COMPLETED\", \"durationMinutes\": 30, \"confidence\": 7,"
                + " \"goals\": {\"goal\": \"Walk to the shops twice a week\"}}";
        List<Replica> pair = replicas.get("schedule-service");
        String url = pair.get(Math.floorMod(next.getAndIncrement(), 2)).url() + "/api/v1/calls/" + callId + "/outcome";
        send("POST", url, body, token);
        return true;
    }

    // ---- intake ---------------------------------------------------------------------------------------------

    /**
     * Referrals {@code from} to {@code to} through the round-robin client, {@code clients} at once. While faults
     * run ({@code faultsDone} not null) the sending keeps pace with them, so that every fault meets referrals.
     */
    private void submitReferrals(int from, int to, int clients, Map<Integer, String> ids, AtomicInteger faultsDone) {
        String token = DevTokens.pathway(PATHWAY);
        AtomicInteger nextReferral = new AtomicInteger(from);
        AtomicInteger nextReplica = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(senders.submit(() -> {
                for (int i = nextReferral.getAndIncrement(); i < to; i = nextReferral.getAndIncrement()) {
                    if (faultsDone != null) {
                        // at most the share of referrals that the faults done so far (plus one) allow
                        double share = (double) (i - from) / Math.max(1, to - from);
                        while (share > (faultsDone.get() + 1.0) / (FAULT_STEPS + 1) && faultsDone.get() < FAULT_STEPS) {
                            pause(100);
                        }
                        pause(20);
                    }
                    ids.put(i, submit(i, token, nextReplica));
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : running) {
                f.get(15, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("intake failed", e);
        } finally {
            senders.shutdownNow();
        }
    }

    private String submit(int i, String token, AtomicInteger nextReplica) {
        String body = FaultToleranceTest.referral(i).replace("FAULT-", "SCALE-");
        List<Replica> pair = replicas.get("matching-service");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Replica replica = pair.get(Math.floorMod(nextReplica.getAndIncrement(), 2));
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create(replica.url() + "/api/v1/referrals"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    return JSON.readTree(response.body()).get("id").asText();
                }
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    throw new IllegalStateException("referral " + i + " refused: " + response.statusCode() + " "
                            + response.body());
                }
            } catch (IOException e) {
                // this replica is down: the next try goes to the other one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new IllegalStateException("referral " + i + " was never accepted");
    }

    private Map<String, Integer> statusesThroughTheApi(Map<Integer, String> referralIds) {
        String pathway = DevTokens.pathway(PATHWAY);
        Map<String, Integer> byStatus = new TreeMap<>();
        int n = 0;
        for (String id : referralIds.values()) {
            String base = replicas.get("matching-service").get(n++ % 2).url();
            byStatus.merge(send("GET", base + "/api/v1/referrals/" + id, null, pathway).path("status").asText(), 1,
                    Integer::sum);
        }
        return byStatus;
    }

    /** Coaches living with rheumatoid arthritis, onboarded through both volunteer replicas in turn. */
    private List<String> registerActiveCoaches() {
        String token = DevTokens.coordinator(COORDINATOR);
        LocalDate today = LocalDate.now(IsoWeeks.LONDON);
        List<Replica> pair = replicas.get("volunteer-service");
        List<String> ids = new ArrayList<>();
        AtomicInteger n = new AtomicInteger(); // every request to the other replica
        for (int i = 0; i < COACHES; i++) {
            String id = send("POST", pair.get(n.getAndIncrement() % 2).url() + "/api/v1/volunteers", """
                    {"firstName": "Coach", "lastName": "Scale%d", "phone": "07700 902%03d", "gender": "FEMALE",
                     "imdDecile": %d, "languages": ["en"], "conditionCodes": ["69896004"],
                     "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"},
                                     {"day": "THURSDAY", "start": "18:00", "end": "20:00"}]}
                    """.formatted(i, i % 1000, 1 + i % 10), token).get("id").asText();
            CoachOnboarding.fromApplicantToActive(CoachOnboarding.writingJson((method, path, json) -> send(method,
                    coach(pair, n.getAndIncrement(), id) + path, json, token)),
                    CoachOnboarding.Dates.usual(today, COORDINATOR));
            ids.add(id);
        }
        return ids;
    }

    private static String coach(List<Replica> pair, int n, String id) {
        return pair.get(n % 2).url() + "/api/v1/volunteers/" + id;
    }

    // ---- the cap, watched ------------------------------------------------------------------------------------

    /** Reads every coach's open matches (matching) and weekly plans (schedule) every half second; notes any breach. */
    static final class CapWatch extends Thread {
        final List<String> violations = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger checks = new AtomicInteger();

        CapWatch() {
            super("cap-watch");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                try {
                    checkNow();
                } catch (RuntimeException e) {
                    // a check that could not read is not a check; the next one is half a second away
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        synchronized void checkNow() {
            for (List<Object> row : rows("matching", "select volunteer_id, count(*),"
                    + " sum(case when coalesce(stage, 'WEEKLY') = 'WEEKLY' then 1 else 0 end),"
                    + " sum(case coalesce(stage, 'WEEKLY') when 'WEEKLY' then 8 when 'FORTNIGHTLY' then 6"
                    + " when 'MONTHLY' then 1 else 0 end)"
                    + " from coach_match where status in ('PROPOSED', 'CONFIRMED') group by volunteer_id")) {
                long people = ((Number) row.get(1)).longValue();
                long weekly = ((Number) row.get(2)).longValue();
                long load = ((Number) row.get(3)).longValue();
                if (people > 5 || weekly > 2 || load > 24) {
                    violations.add("coach " + row.get(0) + ": " + people + " people, " + weekly + " weekly, load "
                            + load + " at " + Instant.now());
                }
            }
            for (List<Object> row : rows("schedule", "select coach_id, count(*) from call_plan where status = 'ACTIVE'"
                    + " and stage = 'WEEKLY' group by coach_id having count(*) > 2")) {
                violations.add("coach " + row.get(0) + ": " + row.get(1) + " weekly plans at " + Instant.now());
            }
            checks.incrementAndGet();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    static DataSource database(String db) {
        return postgres.getDatabase("postgres", db);
    }

    static List<List<Object>> rows(String db, String sql) {
        try (Connection c = database(db).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + sql, e);
        }
    }

    static long single(String db, String sql) {
        return ((Number) rows(db, sql).get(0).get(0)).longValue();
    }

    static void awaitCount(String db, String sql, long expected, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            last = single(db, sql);
            if (last == expected) {
                return;
            }
            pause(250);
        }
        throw new AssertionError(db + ": " + sql + " gave " + last + ", expected " + expected);
    }

    static void awaitOutboxesEmpty() {
        for (String db : PostgresSuite.DATABASES.values()) {
            awaitCount(db, "select count(*) from outbox_event where sent_at is null", 0, Duration.ofMinutes(2));
        }
    }

    static JsonNode send(String method, String url, String body, String token) {
        return FaultToleranceTest.send(method, url, body, token);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void pause(long millis) {
        ServiceProcess.sleep(millis);
    }
}
