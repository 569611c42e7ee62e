package org.peercoaching.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peercoaching.devidentity.DevTokens;

/**
 * Nothing lost, nothing doubled: 1,000 referrals flow through all three services (on PostgreSQL, prod
 * profile) while the broker is stopped and started again once and every service is killed with SIGKILL
 * and restarted, then stopped with SIGTERM (as a deploy does) and restarted. At the end every referral is held once and in the state the cap implies, and
 * every coach's calls are exactly those their people's plans imply.
 */
class FaultToleranceTest {

    static final int COACHES = 150;
    static final int REFERRALS = 1000;
    /** Every coach takes two people in their weekly stage; everyone else waits. */
    static final int PEOPLE_PER_COACH = 2;
    static final int WEEKLY_CALLS = 8;
    static final String COORDINATOR = "fault.coordinator";
    static final String PATHWAY = "rheumatology";

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static PostgresSuite production;
    static Path kafkaData;

    @BeforeAll
    static void startTheSuiteWithARestartableBroker() throws Exception {
        kafkaData = Files.createTempDirectory("fault-kafka");
        // a short consumer backoff cap keeps the test brisk after the broker comes back
        production = PostgresSuite.start("fault-logs", kafkaData,
                Map.of("peercoaching.consumer.retry.max-backoff", "PT2S"));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (production != null) {
            production.close();
        }
    }

    @Test
    void aThousandReferralsSurviveBrokerRestartsAndKilledServicesWithNothingLostOrDoubled() throws Exception {
        List<String> coachIds = registerActiveCoaches();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, String> referralIds = new ConcurrentHashMap<>();
        Future<?> intake = pool.submit(() -> submitReferrals(referralIds));
        Future<List<String>> chaos = pool.submit(this::breakThings);
        List<String> whatHappened = chaos.get(10, TimeUnit.MINUTES);
        intake.get(10, TimeUnit.MINUTES);
        pool.shutdown();
        System.out.println("What happened: " + String.join("; ", whatHappened));
        for (String service : Suite.SERVICES) {
            // a restart against the running broker reads its topic list and goes on; it used to wait 10 s on
            // creating topics that existed
            String log = Files.readString(production.suite.log(service));
            assertFalse(log.contains("Could not create topic") || log.contains("Topics not provisioned"),
                    service + " waited on creating topics at a start");
        }
        assertTrue(whatHappened.stream().noneMatch(step -> step.contains("never")),
                "readiness followed the broker: " + whatHappened);
        assertEquals(REFERRALS, referralIds.size(), "every referral was accepted (retried through the outages)");
        assertEquals(REFERRALS, new HashSet<>(referralIds.values()).size(), "each got its own id");

        int expectedInProgramme = Math.min(REFERRALS, COACHES * PEOPLE_PER_COACH);
        Map<String, List<String>> peopleByCoach = new HashMap<>();
        Map<String, Integer> byStatus = awaitSettled(referralIds, expectedInProgramme, peopleByCoach);
        assertEquals(Map.of("IN_PROGRAMME", expectedInProgramme, "WAITING", REFERRALS - expectedInProgramme), byStatus,
                "after " + whatHappened);
        for (Map.Entry<String, List<String>> coach : peopleByCoach.entrySet()) {
            assertTrue(coach.getValue().size() <= PEOPLE_PER_COACH,
                    "coach " + coach.getKey() + " has " + coach.getValue().size() + " people: over the cap");
        }
        assertEquals(new HashSet<>(coachIds), peopleByCoach.keySet(), "every coach has people");
        assertEquals(expectedInProgramme, peopleByCoach.values().stream().flatMap(List::stream).distinct().count(),
                "each person has one confirmed match");
        // no match was ever ended or declined, so a coach with two confirmed matches never had more than two
        assertEquals(0, matchesIn("ENDED"), "no match ended");
        assertEquals(0, matchesIn("DECLINED"), "no match declined");

        // schedule: one plan per matched person, with their coach and each weekly call exactly once
        String coordinator = DevTokens.coordinator(COORDINATOR);
        for (Map.Entry<String, List<String>> coach : peopleByCoach.entrySet()) {
            for (String referralId : coach.getValue()) {
                JsonNode plans = get(production.url("schedule-service") + "/api/v1/plans?referralId=" + referralId,
                        coordinator);
                assertEquals(1, plans.size(), "one plan for referral " + referralId);
                assertEquals(coach.getKey(), plans.get(0).path("coachId").asText());
                List<Integer> callNumbers = new ArrayList<>();
                plans.get(0).path("calls").forEach(call -> callNumbers.add(call.path("callNumber").asInt()));
                assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), callNumbers.stream().sorted().toList(),
                        "referral " + referralId + "'s weekly calls, each once");
            }
            assertEquals(WEEKLY_CALLS * coach.getValue().size(), callsInNextWeeks(coach.getKey(), 10).size(),
                    "coach " + coach.getKey() + "'s call list holds exactly their people's calls");
        }

        // nothing went to a dead-letter topic: outages were waited out, not written off
        for (String service : Suite.SERVICES) {
            JsonNode deadLetters = get(production.url(service) + "/api/v1/dead-letters", DevTokens.admin("ops"));
            assertEquals(0, deadLetters.size(), service + " dead letters: " + deadLetters);
        }
    }

    /** The outages, while referrals keep coming: each service killed twice, the broker down once. */
    private List<String> breakThings() {
        List<String> log = new ArrayList<>();
        Suite suite = production.suite;
        Map<String, Duration> firstStart = new HashMap<>();
        Suite.SERVICES.forEach(service -> firstStart.put(service, suite.readyIn(service)));
        for (int round = 1; round <= 2; round++) {
            for (String service : List.of("matching-service", "schedule-service", "volunteer-service")) {
                pause(3_000);
                if (round == 1) {
                    suite.kill(service);
                    log.add("killed " + service);
                } else {
                    // a deploy's stop: events cut off by it are left for the restart, never dead-lettered
                    suite.stop(service);
                    log.add("stopped " + service);
                }
                pause(1_000);
                suite.restart(service);
                log.add("restarted " + service + ", ready in " + suite.readyIn(service).toMillis() + " ms (first start "
                        + firstStart.get(service).toMillis() + " ms, all three at once)");
            }
            if (round == 1) {
                pause(2_000);
                suite.stopBroker();
                log.add("stopped the broker");
                for (String service : Suite.SERVICES) {
                    log.add(service + " readiness " + awaitReadiness(service, 503, Duration.ofSeconds(20)));
                }
                suite.startBroker();
                log.add("started the broker");
                for (String service : Suite.SERVICES) {
                    log.add(service + " readiness " + awaitReadiness(service, 200, Duration.ofSeconds(60)));
                }
            }
        }
        return log;
    }

    /** Polls a service's readiness until it answers {@code status}; says which it answered last. */
    private String awaitReadiness(String service, int status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = HTTP.send(HttpRequest.newBuilder(URI.create(production.url(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == status) {
                    return status == 200 ? "UP" : "DOWN";
                }
            } catch (IOException e) {
                last = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause(500);
        }
        return "never " + status + " (last " + last + ")";
    }

    private void submitReferrals(Map<String, String> ids) {
        String token = DevTokens.pathway(PATHWAY);
        for (int i = 0; i < REFERRALS; i++) {
            String body = referral(i);
            String reference = "FAULT-" + i;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!ids.containsKey(reference)) {
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                    URI.create(production.url("matching-service") + "/api/v1/referrals"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201 || response.statusCode() == 200) {
                        ids.put(reference, JSON.readTree(response.body()).get("id").asText());
                    } else if (response.statusCode() < 500 && response.statusCode() != 429) {
                        throw new IllegalStateException("referral " + i + " refused: " + response.statusCode() + " "
                                + response.body());
                    } else {
                        pause(500);
                    }
                } catch (IOException e) {
                    pause(500); // matching-service is down: the pathway system tries again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("referral " + i + " was never accepted");
                }
            }
            pause(40);
        }
    }

    private Map<String, Integer> awaitSettled(Map<String, String> referralIds, int expectedInProgramme,
            Map<String, List<String>> peopleByCoach) {
        String pathway = DevTokens.pathway(PATHWAY);
        Map<String, Integer> byStatus = Map.of();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            byStatus = new TreeMap<>();
            for (String id : referralIds.values()) {
                JsonNode referral = get(production.url("matching-service") + "/api/v1/referrals/" + id, pathway);
                byStatus.merge(referral.path("status").asText(), 1, Integer::sum);
            }
            peopleByCoach.clear();
            peopleByCoach.putAll(confirmedMatchesByCoach());
            if (byStatus.getOrDefault("IN_PROGRAMME", 0) == expectedInProgramme
                    && byStatus.getOrDefault("WAITING", 0) == REFERRALS - expectedInProgramme
                    && callsSettled(peopleByCoach)) {
                return byStatus;
            }
            pause(3_000);
        }
        return byStatus;
    }

    /** Coach id to the referrals confirmed with them, from the coordinator's view of matches. */
    private Map<String, List<String>> confirmedMatchesByCoach() {
        Map<String, List<String>> byCoach = new HashMap<>();
        for (JsonNode match : get(production.url("matching-service") + "/api/v1/matches?status=CONFIRMED",
                DevTokens.coordinator(COORDINATOR))) {
            byCoach.computeIfAbsent(match.path("volunteerId").asText(), c -> new ArrayList<>())
                    .add(match.path("referralId").asText());
        }
        return byCoach;
    }

    private boolean callsSettled(Map<String, List<String>> peopleByCoach) {
        int calls = 0;
        for (String coachId : peopleByCoach.keySet()) {
            calls += callsInNextWeeks(coachId, 10).size();
        }
        return calls == WEEKLY_CALLS * peopleByCoach.values().stream().mapToInt(List::size).sum();
    }

    private int matchesIn(String status) {
        return get(production.url("matching-service") + "/api/v1/matches?status=" + status,
                DevTokens.coordinator(COORDINATOR)).size();
    }

    private List<JsonNode> callsInNextWeeks(String coachId, int weeks) {
        List<JsonNode> calls = new ArrayList<>();
        LocalDate today = LocalDate.now(IsoWeeks.LONDON);
        String token = DevTokens.volunteer(UUID.fromString(coachId));
        for (int w = 0; w < weeks; w++) {
            get(production.url("schedule-service") + "/api/v1/coaches/" + coachId + "/calls?week="
                    + IsoWeeks.of(today.plusWeeks(w)), token).path("calls").forEach(calls::add);
        }
        return calls;
    }

    /** Coaches all living with rheumatoid arthritis, so that any of them fits any of the referrals. */
    private List<String> registerActiveCoaches() {
        String token = DevTokens.coordinator(COORDINATOR);
        String volunteers = production.url("volunteer-service") + "/api/v1/volunteers";
        LocalDate today = LocalDate.now(IsoWeeks.LONDON);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < COACHES; i++) {
            String id = send("POST", volunteers, """
                    {"firstName": "Coach", "lastName": "Number%d", "phone": "07700 900%03d", "gender": "FEMALE",
                     "imdDecile": %d, "languages": ["en"], "conditionCodes": ["69896004"],
                     "callWindows": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"},
                                     {"day": "THURSDAY", "start": "18:00", "end": "20:00"}]}
                    """.formatted(i, i % 1000, 1 + i % 10), token).get("id").asText();
            String coach = volunteers + "/" + id;
            CoachOnboarding.fromApplicantToActive(CoachOnboarding.writingJson((method, path, json) -> send(method,
                    coach + path, json, token)), CoachOnboarding.Dates.usual(today, COORDINATOR));
            ids.add(id);
        }
        return ids;
    }

    static String referral(int i) {
        return """
                {"pathwayReferralId": "FAULT-%d", "pathway": "%s",
                 "person": {"firstName": "Person", "lastName": "Number%d", "phone": "07700 901%03d", "language": "en"},
                 "conditionCodes": ["69896004"],
                 "activation": {"instrument": "PAM-13", "score": 44.9, "level": 1, "measuredOn": "2026-11-02"},
                 "homeArea": {"imdDecile": %d},
                 "callWindows": [{"day": "TUESDAY", "start": "17:00", "end": "21:00"},
                                 {"day": "THURSDAY", "start": "17:00", "end": "21:00"}],
                 "consent": {"contact": true, "shareGoalsWithClinicalTeam": true}}
                """.formatted(i, PATHWAY, i, i % 1000, 1 + i % 10);
    }

    static JsonNode get(String url, String token) {
        return send("GET", url, null, token);
    }

    static JsonNode send(String method, String url, String body, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token);
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void pause(long millis) {
        ServiceProcess.sleep(millis);
    }
}
