package org.peercoaching.devidentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access-matrix check driven by a service's own OpenAPI document: every operation is called by every
 * kind of caller, and each answer is compared with the policy the test declares. "Own" callers hold
 * the objects whose ids are put in the path; "other" callers have the same role but own nothing there.
 *
 * <p>An operation in the document that the policy does not classify fails the check, so a new
 * endpoint cannot ship without a decision on who may call it.
 */
public final class AccessMatrix {

    /** The kinds of caller. OTHER_* have the same role as their owner counterpart but not the objects. */
    public enum CallerKind {
        ANONYMOUS, COORDINATOR, OTHER_COORDINATOR, VOLUNTEER, OTHER_VOLUNTEER, PATHWAY, OTHER_PATHWAY, ADMIN
    }

    /** One call's result, as reported in the failure message. */
    public record Result(String operation, CallerKind caller, int status, boolean expectedAllowed, boolean notFoundIsAnAnswer) {
        boolean ok() {
            if (expectedAllowed && notFoundIsAnAnswer && status == 404) {
                return true;
            }
            boolean denied = status == 401 || status == 403 || status == 404;
            if (caller == CallerKind.ANONYMOUS && !expectedAllowed) {
                return status == 401;
            }
            return expectedAllowed ? !denied && status < 500 : denied;
        }

        boolean unexpected2xx() {
            return !expectedAllowed && status >= 200 && status < 300;
        }
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Map<CallerKind, String> tokens = new EnumMap<>(CallerKind.class);
    private final Map<String, String> defaultParams = new HashMap<>();
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AccessMatrix(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @param baseUrl the running service, for example {@code http://localhost:8081} */
    public static AccessMatrix against(String baseUrl) {
        return new AccessMatrix(baseUrl);
    }

    public AccessMatrix token(CallerKind caller, String bearerToken) {
        tokens.put(caller, bearerToken);
        return this;
    }

    /** A value used for this path parameter name in every operation unless the operation says otherwise. */
    public AccessMatrix param(String name, String value) {
        defaultParams.put(name, value);
        return this;
    }

    /**
     * Declares who may call an operation, written as in the document: {@code "GET /api/v1/volunteers/{id}"}.
     * Every caller kind not listed must be refused (401 for anonymous; 401, 403 or 404 for others).
     */
    public Rule operation(String methodAndPath, CallerKind... allowed) {
        Rule rule = new Rule(methodAndPath, allowed);
        rules.put(methodAndPath, rule);
        return rule;
    }

    public final class Rule {
        final String key;
        final Set<CallerKind> allowed;
        final Map<String, String> params = new HashMap<>();
        String body = "{}";
        String contentType = "application/json";
        String query = "";
        boolean notFoundIsAnAnswer;

        Rule(String key, CallerKind... allowed) {
            this.key = key;
            this.allowed = allowed.length == 0 ? EnumSet.noneOf(CallerKind.class) : EnumSet.of(allowed[0], allowed);
        }

        /** A path parameter value for this operation only. */
        public Rule param(String name, String value) {
            params.put(name, value);
            return this;
        }

        /** A query string (without the "?") that a valid call needs, such as {@code week=2026-W48}. */
        public Rule query(String query) {
            this.query = query;
            return this;
        }

        /**
         * For an operation with no owner (an operator's lookup by position, say), a 404 to an allowed caller
         * means "there is nothing there", not a refusal.
         */
        public Rule notFoundIsAnAnswer() {
            this.notFoundIsAnAnswer = true;
            return this;
        }

        /** A valid request body, so that a refusal cannot hide behind a 400 for a bad body. */
        public Rule body(String body) {
            this.body = body;
            return this;
        }

        public Rule body(String contentType, String body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        public Rule operation(String methodAndPath, CallerKind... allowed) {
            return AccessMatrix.this.operation(methodAndPath, allowed);
        }

        public Report check(String openApiJson) {
            return AccessMatrix.this.check(openApiJson);
        }
    }

    /** The outcome of a whole run. */
    public record Report(List<Result> results, List<String> unclassified, List<String> notInDocument) {
        public List<Result> failures() {
            return results.stream().filter(r -> !r.ok()).toList();
        }

        public long unexpected2xx() {
            return results.stream().filter(Result::unexpected2xx).count();
        }

        public boolean passed() {
            return failures().isEmpty() && unclassified.isEmpty() && notInDocument.isEmpty();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(results.size()).append(" calls, ").append(failures().size()).append(" not as the policy says, ")
                    .append(unexpected2xx()).append(" unexpected 2xx\n");
            unclassified.forEach(op -> sb.append("  no policy for ").append(op).append('\n'));
            notInDocument.forEach(op -> sb.append("  policy for an operation not in the document: ").append(op).append('\n'));
            failures().forEach(r -> sb.append("  ").append(r.operation()).append(" as ").append(r.caller())
                    .append(": ").append(r.status()).append(r.expectedAllowed() ? " (should be allowed)" : " (should be refused)")
                    .append('\n'));
            return sb.toString();
        }
    }

    /** Calls every operation in the document as every caller kind. */
    public Report check(String openApiJson) {
        JsonNode paths;
        try {
            paths = JSON.readTree(openApiJson).path("paths");
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an OpenAPI JSON document", e);
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    documented.add(method + " " + path.getKey());
                }
            }
        }
        List<String> unclassified = documented.stream().filter(op -> !rules.containsKey(op)).toList();
        List<String> notInDocument = rules.keySet().stream().filter(op -> !documented.contains(op)).sorted().toList();
        List<Result> results = new ArrayList<>();
        for (String op : documented) {
            Rule rule = rules.get(op);
            if (rule == null) {
                continue;
            }
            // Refused callers first, so an allowed call that changes state cannot mask a leak.
            List<CallerKind> order = new ArrayList<>();
            for (CallerKind caller : CallerKind.values()) {
                if (!rule.allowed.contains(caller)) {
                    order.add(caller);
                }
            }
            order.addAll(rule.allowed);
            for (CallerKind caller : order) {
                results.add(new Result(op, caller, call(rule, caller), rule.allowed.contains(caller), rule.notFoundIsAnAnswer));
            }
        }
        return new Report(results, unclassified, notInDocument);
    }

    private int call(Rule rule, CallerKind caller) {
        String method = rule.key.substring(0, rule.key.indexOf(' '));
        String template = rule.key.substring(rule.key.indexOf(' ') + 1);
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = rule.params.getOrDefault(name, defaultParams.get(name));
            if (value == null) {
                throw new IllegalStateException("No value for path parameter {" + name + "} of " + rule.key);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        if (!rule.query.isEmpty()) {
            path.append('?').append(rule.query);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, text/csv, text/calendar, */*");
        String token = tokens.get(caller);
        if (caller != CallerKind.ANONYMOUS) {
            if (token == null) {
                throw new IllegalStateException("No token given for " + caller);
            }
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", rule.contentType).method(method, HttpRequest.BodyPublishers.ofString(rule.body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("Could not call " + rule.key + " as " + caller, e);
        }
    }
}
