package org.peercoaching.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.peercoaching.devidentity.DevTokens;

/**
 * The Torbay year through the public APIs on the simulated clock: coaches are onboarded, people are referred
 * (a waiting list at the start, then a steady stream), every call is made and recorded by its coach on its
 * day, each graduate's activation is measured again, and the suite's clock moves on one day at a time.
 * What each coach holds is read every day from the roster (the cap's own figures, as matching publishes
 * them), the waiting list every week. {@code java -jar suite/target/peer-coaching-suite.jar simulate-programme}.
 */
public final class ProgrammeSimulation {

    public static final String COORDINATOR = "sim.coordinator";
    public static final String PATHWAY = "rheumatology";
    public static final String WEBHOOK_SECRET = "simulation-webhook-secret-0123456789abcdef";
    static final LocalTime DAY_ENDS = LocalTime.of(23, 30);
    static final List<Map<String, String>> WINDOWS = List.of(
            Map.of("day", "TUESDAY", "start", "18:00", "end", "20:00"),
            Map.of("day", "THURSDAY", "start", "10:00", "end", "12:00"));

    /** What to simulate. totalReferrals 0 means no limit. */
    public record Settings(int coaches, int weeks, int referralsAtStart, int referralsPerWeek, int totalReferrals,
            LocalDate start) {
        public static Settings torbayYear(int coaches, int months) {
            // about 9 people start with each coach in 11 months (docs/forecast.md): the stream keeps a short queue
            return new Settings(coaches, (int) Math.round(months * 52.0 / 12), 2 * coaches,
                    Math.max(1, (int) Math.ceil(coaches * 9.0 / 48)), 0, LocalDate.of(2027, 1, 4));
        }
    }

    /** One call as its coach recorded it. */
    public record CallMade(String planId, String referralId, String coachId, String stage, int callNumber,
            boolean lastOfPlan, ZonedDateTime startsAt) {}

    /** A coach's people by stage at the end of one day, as the cap counts them. */
    public record CoachDay(int day, LocalDate date, String coachId, int people, int weekly, int fortnightly,
            int monthly) {}

    /** The waiting list at the end of one week. */
    public record WaitingWeek(int week, LocalDate date, int waiting) {}

    public record Result(List<String> coachIds, List<String> referralIds, List<CoachDay> coachDays,
            List<WaitingWeek> waitingWeeks, List<CallMade> calls, Map<String, String> referralStatus,
            int pathwayToldCount, Duration took, Map<String, Duration> phases) {}

    private final Suite suite;
    private final SimulatedTime time;
    private final Settings settings;
    private final ApiClient api = new ApiClient();
    private final String admin = "Bearer " + DevTokens.admin("simulation");
    private final String coordinator = DevTokens.coordinator(COORDINATOR);
    private final String pathway = DevTokens.pathway(PATHWAY);
    private final WebhookReceiver pathwaySystem;

    public ProgrammeSimulation(Suite suite, SimulatedTime time, Settings settings, WebhookReceiver pathwaySystem) {
        this.suite = suite;
        this.time = time;
        this.settings = settings;
        this.pathwaySystem = pathwaySystem;
    }

    /** How the first person is referred instead of the JSON API (a FHIR message, say); gives their referral id. */
    private java.util.function.Supplier<String> firstReferral;

    /** The first person is referred by this (which answers the referral id) instead of through the JSON API. */
    public ProgrammeSimulation referringTheFirstWith(java.util.function.Supplier<String> referral) {
        this.firstReferral = referral;
        return this;
    }

    // ---- running the suite for a simulation --------------------------------------------------------------

    /** A pathway system's webhook endpoint: counts the graduation messages it is sent. */
    public static final class WebhookReceiver implements AutoCloseable {
        private final HttpServer server;
        private final Set<String> messages = ConcurrentHashMap.newKeySet();

        WebhookReceiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/pifu", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes());
                    messages.add(body);
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
        }

        public String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/pifu";
        }

        public Set<String> messages() {
            return messages;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A suite on its own free ports and fresh data, on the simulated clock, told where the pathway listens. */
    public record Running(Suite suite, SimulationClock clock, SimulatedTime time, WebhookReceiver pathway)
            implements AutoCloseable {
        @Override
        public void close() {
            time.close();
            suite.close();
            pathway.close();
        }
    }

    public static Running start(Path root, Path workDir, LocalDate startDate) {
        return start(root, workDir, startDate, service -> Map.of());
    }

    /** @param extra more properties for a service, such as its database (tests run the prod-built jars on PostgreSQL) */
    public static Running start(Path root, Path workDir, LocalDate startDate,
            java.util.function.Function<String, Map<String, String>> extra) {
        try {
            Files.createDirectories(workDir);
            Path data = Files.createTempDirectory(workDir, "data");
            SimulationClock clock = SimulationClock.resume(data, startDate.atTime(SimulationClock.DAY_STARTS)
                    .atZone(SimulationClock.LONDON).toInstant().toString());
            WebhookReceiver receiver = new WebhookReceiver();
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : Suite.SERVICES) {
                ports.put(service, freePort());
            }
            Suite suite = Suite.start(new Suite.Settings(root, freePort(), data.resolve("kafka"), ports,
                    workDir.resolve("logs"), service -> {
                        Map<String, String> p = new LinkedHashMap<>(clock.serviceProperties());
                        p.put("quarkus.profile", "local");
                        p.put("peercoaching.data-dir", data.toString());
                        p.put("peercoaching.webhooks." + PATHWAY + ".url", receiver.url());
                        p.put("peercoaching.webhooks." + PATHWAY + ".secret", WEBHOOK_SECRET);
                        // the simulation records hundreds of referrals a day from one pathway system
                        p.put("peercoaching.intake.rate-limit.per-second", "100000");
                        p.put("peercoaching.intake.rate-limit.burst", "100000");
                        p.putAll(extra.apply(service));
                        return p;
                    }));
            return new Running(suite, clock, clock.time(suite), receiver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the year ----------------------------------------------------------------------------------------

    public Result run() {
        long began = System.nanoTime();
        String volunteers = suite.url("volunteer-service");
        String matching = suite.url("matching-service");
        String schedule = suite.url("schedule-service");
        List<String> coachIds = new ArrayList<>();
        for (int i = 0; i < settings.coaches(); i++) {
            coachIds.add(onboard(volunteers, i));
        }
        List<String> referralIds = new ArrayList<>();
        refer(matching, referralIds, settings.referralsAtStart());
        List<CoachDay> coachDays = new ArrayList<>();
        List<WaitingWeek> waitingWeeks = new ArrayList<>();
        List<CallMade> calls = Collections.synchronizedList(new ArrayList<>());
        Set<String> awaitingFollowUp = new LinkedHashSet<>();
        ExecutorService coachesAtOnce = Executors.newFixedThreadPool(4);
        long[] spent = new long[5];
        try {
            for (int day = 0; day < settings.weeks() * 7; day++) {
                LocalDate date = settings.start().plusDays(day);
                if (day > 0 && day % 7 == 0) {
                    refer(matching, referralIds, settings.referralsPerWeek());
                }
                if (day > 0 && day % 28 == 0) {
                    superviseTogether(volunteers, coachIds, date);
                }
                long t0 = System.nanoTime();
                time.advanceTo(date.atTime(DAY_ENDS).atZone(SimulationClock.LONDON).toInstant(), admin);
                long t1 = System.nanoTime();
                List<Future<List<CallMade>>> made = new ArrayList<>();
                for (String coachId : coachIds) {
                    made.add(coachesAtOnce.submit(() -> makeTodaysCalls(schedule, coachId, date)));
                }
                for (Future<List<CallMade>> f : made) {
                    for (CallMade call : f.get()) {
                        calls.add(call);
                        if (call.lastOfPlan()) {
                            awaitingFollowUp.add(call.planId());
                        }
                    }
                }
                long t2 = System.nanoTime();
                time.settle(admin);
                long t3 = System.nanoTime();
                followUp(schedule, awaitingFollowUp);
                time.settle(admin);
                long t4 = System.nanoTime();
                coachDays.addAll(caseloads(volunteers, day, date));
                long t5 = System.nanoTime();
                spent[0] += t1 - t0;
                spent[1] += t2 - t1;
                spent[2] += t3 - t2;
                spent[3] += t4 - t3;
                spent[4] += t5 - t4;
                if (day % 7 == 6) {
                    waitingWeeks.add(new WaitingWeek(day / 7 + 1, date,
                            api.get(matching + "/api/v1/waiting-list", coordinator).size()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A coach's calls could not be recorded: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            coachesAtOnce.shutdownNow();
        }
        Map<String, String> statuses = new TreeMap<>();
        for (String id : referralIds) {
            statuses.put(id, api.get(matching + "/api/v1/referrals/" + id, pathway).get("status").asText());
        }
        Map<String, Duration> phases = new LinkedHashMap<>();
        String[] names = {"moving the clock", "coaches recording calls", "events settling after calls",
                "follow-ups", "reading caseloads"};
        for (int i = 0; i < names.length; i++) {
            phases.put(names[i], Duration.ofNanos(spent[i]));
        }
        return new Result(coachIds, referralIds, coachDays, waitingWeeks, new ArrayList<>(calls), statuses,
                pathwaySystem.messages().size(), Duration.ofNanos(System.nanoTime() - began), phases);
    }

    private String onboard(String volunteers, int i) {
        LocalDate today = settings.start();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Coach" + (i + 1));
        body.put("lastName", "Simulated");
        body.put("phone", String.format("07700 901%03d", i));
        body.put("email", String.format("sim-coach%03d@example.org", i + 1));
        body.put("gender", i % 2 == 0 ? "FEMALE" : "MALE");
        body.put("imdDecile", 1 + i % 10);
        body.put("languages", List.of("en"));
        body.put("conditionCodes", List.of("69896004"));
        body.put("callWindows", WINDOWS);
        body.put("competenceLevel", 1);
        body.put("coordinator", COORDINATOR);
        String id = api.post(volunteers + "/api/v1/volunteers", body, coordinator).get("id").asText();
        CoachOnboarding.fromApplicantToActive(api.coach(volunteers + "/api/v1/volunteers/" + id, coordinator),
                CoachOnboarding.Dates.usual(today, COORDINATOR));
        return id;
    }

    /**
     * Coaches meet for group supervision every four weeks, as the programme asks; without it they would go on a
     * safeguarding hold and take no new people.
     */
    private void superviseTogether(String volunteers, List<String> coachIds, LocalDate date) {
        time.advanceTo(date.atTime(SimulationClock.DAY_STARTS).atZone(SimulationClock.LONDON).toInstant(), admin);
        api.post(volunteers + "/api/v1/supervision-sessions", Map.of("kind", "GROUP", "heldOn", date.toString(),
                "facilitator", COORDINATOR, "attendees", coachIds), coordinator);
    }

    private void refer(String matching, List<String> referralIds, int count) {
        String measuredOn = time.status(admin).now().atZone(SimulationClock.LONDON).toLocalDate().minusDays(7)
                .toString();
        for (int i = 0; i < count; i++) {
            if (settings.totalReferrals() > 0 && referralIds.size() >= settings.totalReferrals()) {
                return;
            }
            int n = referralIds.size() + 1;
            if (n == 1 && firstReferral != null) {
                referralIds.add(firstReferral.get());
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pathwayReferralId", String.format("SIM-%05d", n));
            body.put("pathway", PATHWAY);
            body.put("person", Map.of("firstName", "Person" + n, "lastName", "Simulated",
                    "phone", String.format("07700 902%03d", n % 1000), "language", "en"));
            body.put("conditionCodes", List.of("69896004"));
            double score = 35 + n % 15;
            body.put("activation", Map.of("instrument", "PAM-13", "score", score, "level", score <= 47.0 ? 1 : 2,
                    "measuredOn", measuredOn));
            body.put("homeArea", Map.of("imdDecile", 1 + n % 10));
            body.put("callWindows", WINDOWS);
            body.put("consent", Map.of("contact", true, "shareGoalsWithClinicalTeam", true));
            referralIds.add(api.post(matching + "/api/v1/referrals", body, pathway).get("id").asText());
        }
    }

    /** The coach makes every call of theirs that falls on this London day, and records it as completed. */
    private List<CallMade> makeTodaysCalls(String schedule, String coachId, LocalDate date) {
        String volunteer = DevTokens.volunteer(java.util.UUID.fromString(coachId));
        JsonNode week = api.get(schedule + "/api/v1/coaches/" + coachId + "/calls?week=" + IsoWeeks.of(date), volunteer);
        List<CallMade> made = new ArrayList<>();
        for (JsonNode call : week.get("calls")) {
            ZonedDateTime startsAt = OffsetDateTime.parse(call.get("startsAt").asText())
                    .atZoneSameInstant(SimulationClock.LONDON);
            if (!call.get("status").asText().equals("SCHEDULED") || !startsAt.toLocalDate().equals(date)) {
                continue;
            }
            api.post(schedule + "/api/v1/calls/" + call.get("callId").asText() + "/outcome", Map.of("outcome", "COMPLETED",
                    "durationMinutes", 30, "confidence", 7, "goals", Map.of("goal", "Walk to the shops twice a week")),
                    volunteer);
            made.add(new CallMade(call.get("planId").asText(), call.get("referralId").asText(), coachId,
                    call.get("stage").asText(), call.get("callNumber").asInt(),
                    call.get("callNumber").asInt() >= call.get("totalCalls").asInt(), startsAt));
        }
        return made;
    }

    /** Activation measured again once the last call is made: the coordinator records it, the pathway is told. */
    private void followUp(String schedule, Set<String> awaiting) {
        for (java.util.Iterator<String> it = awaiting.iterator(); it.hasNext(); ) {
            String planId = it.next();
            ApiClient.Answer answer = api.send("POST", schedule + "/api/v1/plans/" + planId + "/graduation",
                    Map.of("instrument", "PAM-13", "scoreBefore", 42.0, "scoreAfter", 58.5, "levelAfter", 3),
                    coordinator);
            if (answer.status() == 200 || answer.status() == 409) {
                it.remove();
            }
        }
    }

    private List<CoachDay> caseloads(String volunteers, int day, LocalDate date) {
        List<CoachDay> days = new ArrayList<>();
        JsonNode roster = api.get(volunteers + "/api/v1/volunteers?size=200", coordinator);
        for (JsonNode coach : roster.get("items")) {
            Map<String, Integer> byStage = new TreeMap<>();
            String stages = coach.path("capacity").path("peopleByStage").asText("");
            for (String part : stages.split(",")) {
                if (part.contains("=")) {
                    String[] kv = part.split("=");
                    byStage.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            int people = coach.path("capacity").path("activePeople").asInt(0);
            days.add(new CoachDay(day, date, coach.get("id").asText(), people, byStage.getOrDefault("WEEKLY", 0),
                    byStage.getOrDefault("FORTNIGHTLY", 0), byStage.getOrDefault("MONTHLY", 0)));
        }
        return days;
    }

    // ---- the command -------------------------------------------------------------------------------------

    static void main(Path root, List<String> args) throws IOException {
        int coaches = Integer.parseInt(valueOr(args, "--coaches", "60"));
        int months = Integer.parseInt(valueOr(args, "--months", "11"));
        Path out = root.resolve(valueOr(args, "--out", "simulation")).toAbsolutePath();
        Files.createDirectories(out.resolve("work"));
        System.setProperty("org.slf4j.simpleLogger.logFile", out.resolve("work").resolve("kafka.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Settings year = Settings.torbayYear(coaches, months);
        Settings settings = new Settings(coaches,
                Integer.parseInt(valueOr(args, "--weeks", String.valueOf(year.weeks()))),
                Integer.parseInt(valueOr(args, "--referrals-at-start", String.valueOf(year.referralsAtStart()))),
                Integer.parseInt(valueOr(args, "--referrals-per-week", String.valueOf(year.referralsPerWeek()))),
                Integer.parseInt(valueOr(args, "--referrals", "0")), year.start());
        System.out.printf("Simulating %d coaches over %d months (%d weeks) from %s on the simulated clock...%n",
                coaches, months, settings.weeks(), settings.start());
        try (Running running = start(root, out.resolve("work"), settings.start())) {
            Result result = new ProgrammeSimulation(running.suite(), running.time(), settings, running.pathway()).run();
            SimulationReport.write(result, settings, out);
            System.out.println(SimulationReport.summary(result, settings));
            System.out.println("Written to " + out + ": caseload-by-week.csv, waiting-by-week.csv, caseload.svg, "
                    + "waiting.svg, summary.txt");
        }
    }

    private static String valueOr(List<String> args, String name, String otherwise) {
        String value = RunSuite.option(args, name);
        return value == null ? otherwise : value;
    }

}
