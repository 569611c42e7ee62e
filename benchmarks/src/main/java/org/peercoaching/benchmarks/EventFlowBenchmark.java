package org.peercoaching.benchmarks;

import static org.peercoaching.benchmarks.EventFlow.ok;
import static org.peercoaching.benchmarks.EventFlow.okRetrying;
import static org.peercoaching.benchmarks.EventFlow.send;
import static org.peercoaching.benchmarks.EventFlow.sleep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.suite.CoachOnboarding;
import org.peercoaching.suite.IsoWeeks;
import org.peercoaching.suite.Suite;

/**
 * Referral accepted to its calls on the coach's weekly list, through all three packaged services (prod
 * profile, PostgreSQL, auto-confirm on) and a real broker, beside a bare produce/consume round trip on the
 * same broker in the same run. Referrals are sent at a steady pace; each is then polled (as its pathway,
 * then as its coach's coordinator for the coach, then the coach's weeks as the coach) until its calls show.
 */
final class EventFlowBenchmark {

    static final String PATHWAY = "rheumatology";
    static final String COORDINATOR = "bench.coordinator";
    static final Map<String, String> DATABASES =
            Map.of("volunteer-service", "volunteer", "matching-service", "matching", "schedule-service", "schedule");

    record Result(String referralId, long postToAcceptedMicros, long acceptedToMatchedMicros,
            long acceptedToVisibleMicros, String failure) {}

    static void run(String[] args) throws Exception {
        Path root = Path.of(StartupBenchmark.option(args, "--repo", ".")).toAbsolutePath().normalize();
        String dbUrl = StartupBenchmark.option(args, "--db", "jdbc:postgresql://localhost:5432/");
        String dbPrefix = StartupBenchmark.option(args, "--db-prefix", "benchflow_");
        String dbUser = StartupBenchmark.option(args, "--db-user", "postgres");
        String dbPassword = StartupBenchmark.option(args, "--db-password", "postgres");
        int referrals = Integer.parseInt(StartupBenchmark.option(args, "--referrals", "1000"));
        int coaches = Integer.parseInt(StartupBenchmark.option(args, "--coaches", "600"));
        double rate = Double.parseDouble(StartupBenchmark.option(args, "--rate", "4"));
        long pollMs = Long.parseLong(StartupBenchmark.option(args, "--poll-ms", "50"));
        int bareMessages = Integer.parseInt(StartupBenchmark.option(args, "--bare", "1000"));
        Map<String, String> extra = new TreeMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--prop")) {
                String[] kv = args[i + 1].split("=", 2);
                extra.put(kv[0], kv[1]);
            }
        }
        if (referrals > 2 * coaches) {
            throw new IllegalArgumentException("each coach takes 2 people in their weekly stage: need coaches >= referrals / 2");
        }

        Map<String, Integer> ports = new HashMap<>();
        for (String service : Suite.SERVICES) {
            ports.put(service, freePort());
        }
        System.out.printf("eventflow: %d referrals at %.1f/s, %d coaches, poll every %d ms, extra properties %s%n",
                referrals, rate, coaches, pollMs, extra);
        System.out.println("load average before: " + StartupBenchmark.loadAverage());
        Suite suite = Suite.start(new Suite.Settings(root, 0, null, ports, root.resolve("benchmarks/target/eventflow-logs"),
                service -> {
                    Map<String, String> p = new HashMap<>();
                    p.put("quarkus.datasource.jdbc.url", dbUrl + dbPrefix + DATABASES.get(service));
                    p.put("quarkus.datasource.username", dbUser);
                    p.put("quarkus.datasource.password", dbPassword);
                    p.put("JWT_ISSUER", DevTokens.ISSUER);
                    p.put("JWT_PUBLIC_KEY_LOCATION", root.resolve(
                            "dev-identity/src/main/resources/dev-identity/public-key.pem").toUri().toString());
                    p.put("peercoaching.intake.rate-limit.per-second", "1000");
                    p.put("peercoaching.intake.rate-limit.burst", "1000");
                    p.putAll(extra);
                    return p;
                }));
        try {
            System.out.println("suite up: " + suite.urls());
            long[] bare = bareRoundTrip(suite.bootstrapServers(), bareMessages);
            System.out.printf("bare produce->consume round trip (%d messages, one at a time, acks=all): %s%n",
                    bareMessages, percentiles(bare));

            long t = System.nanoTime();
            registerActiveCoaches(suite, coaches);
            System.out.printf("%d coaches registered and activated in %.1f s; letting their events reach the other"
                    + " services%n", coaches, (System.nanoTime() - t) / 1e9);
            sleep(10_000);

            String loadBefore = StartupBenchmark.loadAverage();
            List<Result> results = submitAndTrack(suite, referrals, rate, pollMs);
            String loadAfter = StartupBenchmark.loadAverage();
            long[] bareAfter = bareRoundTrip(suite.bootstrapServers(), bareMessages);

            List<Result> ok = results.stream().filter(r -> r.failure == null).toList();
            Map<String, Integer> failures = new TreeMap<>();
            results.stream().filter(r -> r.failure != null).forEach(r -> failures.merge(r.failure, 1, Integer::sum));
            System.out.println();
            System.out.printf("load average at the start / end of the referrals: %s / %s%n", loadBefore, loadAfter);
            System.out.printf("referrals whose calls showed: %d of %d; failures: %s%n", ok.size(), results.size(), failures);
            System.out.println("| measure | n | p50 ms | p90 ms | p99 ms | max ms |");
            System.out.println("|---|---|---|---|---|---|");
            row("referral accepted -> calls on the coach's list", ok.stream().mapToLong(Result::acceptedToVisibleMicros).toArray());
            row("POST /api/v1/referrals (matched and confirmed in it)", ok.stream().mapToLong(Result::postToAcceptedMicros).toArray());
            row("accepted -> pathway sees MATCHED", ok.stream().mapToLong(Result::acceptedToMatchedMicros).toArray());
            row("bare produce -> consume, before the referrals", bare);
            row("bare produce -> consume, after the referrals", bareAfter);
        } finally {
            suite.close();
        }
    }

    static void row(String what, long[] micros) {
        long[] s = micros.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            System.out.printf("| %s | 0 | - | - | - | - |%n", what);
            return;
        }
        System.out.printf("| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", what, s.length, pct(s, 50) / 1000.0,
                pct(s, 90) / 1000.0, pct(s, 99) / 1000.0, s[s.length - 1] / 1000.0);
    }

    static String percentiles(long[] micros) {
        long[] s = micros.clone();
        Arrays.sort(s);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", pct(s, 50) / 1000.0,
                pct(s, 90) / 1000.0, pct(s, 99) / 1000.0, s[s.length - 1] / 1000.0);
    }

    /** Nearest-rank percentile of sorted values. */
    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** One message at a time: produce (acks=all), then poll until this consumer has it. */
    static long[] bareRoundTrip(String bootstrap, int messages) throws Exception {
        String topic = "bench-round-trip-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties pp = new Properties();
        pp.put("bootstrap.servers", bootstrap);
        pp.put("acks", "all");
        pp.put("enable.idempotence", "true");
        pp.put("key.serializer", StringSerializer.class.getName());
        pp.put("value.serializer", StringSerializer.class.getName());
        Properties cp = new Properties();
        cp.put("bootstrap.servers", bootstrap);
        cp.put("group.id", "bench-round-trip");
        cp.put("enable.auto.commit", "false");
        cp.put("key.deserializer", StringDeserializer.class.getName());
        cp.put("value.deserializer", StringDeserializer.class.getName());
        int warmUp = 100;
        long[] micros = new long[messages];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp);
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cp)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = -warmUp; i < messages; i++) {
                String value = "m" + i;
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", value));
                boolean seen = false;
                while (!seen) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        seen |= record.value().equals(value);
                    }
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("message " + i + " never came back");
                    }
                }
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - start) / 1000;
                }
            }
        }
        return micros;
    }

    /** As FaultToleranceTest does over the API: registered, trained, DBS-checked and activated, 2 at a time. */
    static List<String> registerActiveCoaches(Suite suite, int count) throws Exception {
        String token = DevTokens.coordinator(COORDINATOR);
        String volunteers = suite.url("volunteer-service") + "/api/v1/volunteers";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int i = n;
            ids.add(pool.submit(() -> {
                String id = okRetrying("POST", volunteers, """
                        {"firstName": "Coach", "lastName": "Bench%d", "phone": "07700 900%03d", "gender": "FEMALE",
                         "imdDecile": %d, "languages": ["en"], "conditionCodes": ["69896004"],
                         "coordinator": "%s",
                         "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"},
                                         {"day": "THURSDAY", "start": "18:00", "end": "20:00"}]}
                        """.formatted(i, i % 1000, 1 + i % 10, COORDINATOR), token).get("id").asText();
                String coach = volunteers + "/" + id;
                CoachOnboarding.fromApplicantToActive(CoachOnboarding.writingJson((method, path, json) ->
                        okRetrying(method, coach + path, json, token)), CoachOnboarding.Dates.usual(today, COORDINATOR));
                return id;
            }));
        }
        List<String> result = new ArrayList<>();
        try {
            for (Future<String> id : ids) {
                result.add(id.get(10, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        if (EventFlow.RETRIED.get() > 0) {
            System.out.println("  volunteer-service answered 500 to " + EventFlow.RETRIED.get()
                    + " onboarding calls; each was sent again (see benchmarks/target/eventflow-logs/volunteer-service.log)");
        }
        return result;
    }

    static String referral(int i, String runTag) {
        return """
                {"pathwayReferralId": "BENCH-%s-%d", "pathway": "%s",
                 "person": {"firstName": "Person", "lastName": "Bench%d", "phone": "07700 901%03d", "language": "en"},
                 "conditionCodes": ["69896004"],
                 "activation": {"instrument": "PAM-13", "score": 44.9, "level": 1, "measuredOn": "2026-11-02"},
                 "homeArea": {"imdDecile": %d},
                 "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "21:00"},
                                 {"day": "THURSDAY", "start": "17:00", "end": "21:00"}],
                 "consent": {"contact": true, "shareGoalsWithClinicalTeam": true}}
                """.formatted(runTag, i, PATHWAY, i, i % 1000, 1 + i % 10);
    }

    /** Sends the referrals at a steady pace; each is followed on its own thread until its calls show. */
    static List<Result> submitAndTrack(Suite suite, int referrals, double rate, long pollMs) throws Exception {
        String runTag = Long.toString(System.currentTimeMillis(), 36);
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(64);
        CountDownLatch done = new CountDownLatch(referrals);
        AtomicInteger finished = new AtomicInteger();
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < referrals; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            workers.submit(() -> {
                Result r;
                try {
                    r = track(suite, n, runTag, pollMs);
                } catch (RuntimeException e) {
                    r = new Result(null, 0, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                results.add(r);
                int f = finished.incrementAndGet();
                if (f % 100 == 0) {
                    System.out.printf("  %d referrals followed through (%.0f s)%n", f, (System.nanoTime() - start) / 1e9);
                }
                done.countDown();
            });
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            System.out.println("  gave up waiting for " + done.getCount() + " referrals");
        }
        workers.shutdownNow();
        return new ArrayList<>(results);
    }

    static Result track(Suite suite, int i, String runTag, long pollMs) {
        String matching = suite.url("matching-service") + "/api/v1/referrals";
        String pathwayToken = DevTokens.pathway(PATHWAY);
        String body = referral(i, runTag);
        String phoneDigits = String.format("07700901%03d", i % 1000);
        long posted = System.nanoTime();
        EventFlow.Reply reply = send("POST", matching, body, pathwayToken);
        while (reply.status() == 429) {
            sleep(100);
            posted = System.nanoTime();
            reply = send("POST", matching, body, pathwayToken);
        }
        long accepted = System.nanoTime();
        if (reply.status() != 201) {
            return new Result(null, 0, 0, 0, "POST answered " + reply.status());
        }
        String id = reply.body().get("id").asText();
        String status = reply.body().path("status").asText();
        long deadline = accepted + TimeUnit.SECONDS.toNanos(60);
        long matched = -1;
        while (true) {
            if (status.equals("MATCHED") || status.equals("IN_PROGRAMME")) {
                matched = matched < 0 ? System.nanoTime() : matched;
                break;
            }
            if (!status.equals("WAITING") && !status.equals("PROPOSED")) {
                return new Result(id, 0, 0, 0, "status " + status);
            }
            if (System.nanoTime() > deadline) {
                return new Result(id, 0, 0, 0, "not matched within 60 s (" + status + ")");
            }
            sleep(pollMs);
            status = ok("GET", matching + "/" + id, null, pathwayToken).path("status").asText();
        }
        String coachId = ok("GET", matching + "/" + id, null, DevTokens.coordinator(COORDINATOR))
                .path("coach").path("volunteerId").asText();
        if (coachId.isEmpty()) {
            return new Result(id, 0, 0, 0, "matched but the coordinator sees no coach");
        }
        String coachToken = DevTokens.volunteer(UUID.fromString(coachId));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Set<String> weeks = new LinkedHashSet<>(List.of(IsoWeeks.of(today), IsoWeeks.of(today.plusWeeks(1))));
        String schedule = suite.url("schedule-service") + "/api/v1/coaches/" + coachId + "/calls?week=";
        while (true) {
            for (String week : weeks) {
                JsonNode list = ok("GET", schedule + week, null, coachToken);
                for (JsonNode call : list.path("calls")) {
                    if (call.path("phone").asText().replaceAll("[^0-9]", "").equals(phoneDigits)) {
                        long visible = System.nanoTime();
                        return new Result(id, (accepted - posted) / 1000, (matched - accepted) / 1000,
                                (visible - accepted) / 1000, null);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                return new Result(id, 0, 0, 0, "calls not on the coach's list within 60 s");
            }
            sleep(pollMs);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private EventFlowBenchmark() {}
}
