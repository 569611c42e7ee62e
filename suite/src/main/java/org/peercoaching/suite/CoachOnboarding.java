package org.peercoaching.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps a coordinator takes a new coach through before they can be matched, in volunteer-service's order:
 * start training, the training modules, a live practice session, training complete, a DBS check, activate. One copy
 * for the demo data, the simulation, the benchmarks and the suite's tests; each sends the requests with its own
 * HTTP client (and its own retries or status checks) through {@link Step}.
 */
public final class CoachOnboarding {

    /** Sends one onboarding request for this coach: {@code path} follows {@code /api/v1/volunteers/{id}}. */
    @FunctionalInterface
    public interface Step {
        void send(String method, String path, Map<String, Object> body);
    }

    /** Sends one onboarding request whose body is already written as JSON text. */
    @FunctionalInterface
    public interface JsonStep {
        void send(String method, String path, String json);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The steps for a caller whose HTTP client sends JSON text. */
    public static Step writingJson(JsonStep coach) {
        return (method, path, body) -> {
            try {
                coach.send(method, path, JSON.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** When each part was done; the DBS check's renewal falls due three years after it was issued. */
    public record Dates(LocalDate modulesCompletedOn, LocalDate practiceHeldOn, String facilitator, LocalDate dbsIssuedOn,
            String dbsCertificateNumber) {

        /** Modules 20 days ago, the practice session 10 days ago, the DBS check a month ago. */
        public static Dates usual(LocalDate today, String facilitator) {
            return new Dates(today.minusDays(20), today.minusDays(10), facilitator, today.minusMonths(1), null);
        }

        public Dates withDbsIssuedOn(LocalDate issuedOn, String certificateNumber) {
            return new Dates(modulesCompletedOn, practiceHeldOn, facilitator, issuedOn, certificateNumber);
        }
    }

    private CoachOnboarding() {}

    /** From applicant to active: every step below, in order. */
    public static void fromApplicantToActive(Step coach, Dates dates) {
        startTraining(coach);
        completeTraining(coach, dates);
        recordDbsCheck(coach, dates);
        activate(coach);
    }

    public static void startTraining(Step coach) {
        coach.send("POST", "/start-training", Map.of());
    }

    public static void modulesCompleted(Step coach, LocalDate on) {
        coach.send("POST", "/training/modules-completed", Map.of("completedOn", on.toString()));
    }

    /** The modules, a live practice session, then training marked complete. */
    public static void completeTraining(Step coach, Dates dates) {
        modulesCompleted(coach, dates.modulesCompletedOn());
        coach.send("POST", "/training/practice-sessions", Map.of("heldOn", dates.practiceHeldOn().toString(),
                "facilitator", dates.facilitator()));
        coach.send("POST", "/complete-training", Map.of());
    }

    public static void recordDbsCheck(Step coach, Dates dates) {
        coach.send("PUT", "/dbs", dbsCheck(dates.dbsIssuedOn(), dates.dbsCertificateNumber()));
    }

    public static Map<String, Object> dbsCheck(LocalDate issuedOn, String certificateNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuedOn", issuedOn.toString());
        body.put("renewalDue", issuedOn.plusYears(3).toString());
        if (certificateNumber != null) {
            body.put("certificateNumber", certificateNumber);
        }
        return body;
    }

    public static void activate(Step coach) {
        coach.send("POST", "/activate", Map.of());
    }
}
