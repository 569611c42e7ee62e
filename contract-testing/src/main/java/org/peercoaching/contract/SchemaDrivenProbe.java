package org.peercoaching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every operation of an OpenAPI 3.0 document many requests built from its schemas: plausible valid ones
 * (every property filled in, a few seeded variants, the required parts only, the required parts with each optional
 * property alone), then one mutation at a time: no or a bad token, unexpected Accept and headers; ids in the path
 * that are random, nil, upper case, not ids, huge numbers, unicode, SQL or up to 10,000 characters long; query
 * values that are empty, of the wrong type, outside the enum or in its lower case, control characters, impossible
 * dates, or long; no body, an empty one, one cut short, not JSON, JSON of the wrong shape, nested 5,000 deep, 300k
 * long, not UTF-8, in the wrong media type; and in the body each required field missing, nulls, wrong JSON types,
 * 100k strings, bad enum values and patterns, numbers out of range or beyond any double. Requests go through
 * RestAssured, so {@link OpenApiContract} judges every answer; the probe collects what the contract refused
 * (instead of stopping at the first) and counts statuses.
 *
 * <p>Addresses stay at or below {@value #LONG} characters: HTTP servers answer much longer ones before any filter
 * sees them (Vert.x with a bare 414 and no body from about 16k), which is the server's limit, not the API's.
 *
 * <p>Generic: it is given the document, a request specification per role (tried in the given order; an operation
 * is probed as the first role that is not refused with 401/403), what the schemas cannot say (known-good values
 * for parameters and body properties, valid bodies of media types such as CSV, a set-up run before each operation
 * that makes the records its valid request needs), and a seed. The same seed sends the same requests.
 */
public final class SchemaDrivenProbe {

    /** Known-good values for a path parameter (ids the test created); empty to let the probe make them up. */
    @FunctionalInterface
    public interface PathValues {
        List<String> valuesFor(String method, String path, String parameter);
    }

    /**
     * Runs just before an operation is probed: makes what its valid request needs (a fresh record in the state the
     * operation starts from, say), and gives values for its path and query parameters by name. These win over every
     * other source of values for that operation.
     */
    @FunctionalInterface
    public interface SetUp {
        Map<String, String> before(String method, String path);
    }

    /**
     * One request the probe sent and what became of it: the status (0 when the server closed the connection on a
     * very long address, -1 when there was no answer), what the contract refused if anything, and the start of the
     * answer.
     */
    public record Sent(String operation, String role, String kind, int status, String defect, String answer) {}

    /** What the probe did: per operation the role, every request and its status, and what the contract refused. */
    public static final class Report {
        private final Map<String, String> roles = new LinkedHashMap<>();
        private final Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
        private final List<Sent> sent = new ArrayList<>();
        private final List<String> operations = new ArrayList<>();

        public List<String> operations() {
            return operations;
        }

        /** Operation ("POST /api/v1/x") to the role that probed it; operations no role may call are missing. */
        public Map<String, String> roles() {
            return roles;
        }

        public List<Sent> sent() {
            return sent;
        }

        /** Operation to its answers: status to how many times. */
        public Map<Integer, Integer> statuses(String operation) {
            return statuses.getOrDefault(operation, Map.of());
        }

        /** Operations no role was allowed to call: they were not really probed. */
        public List<String> uncovered() {
            return operations.stream().filter(op -> !roles.containsKey(op)).toList();
        }

        /** The requests the contract refused (a 5xx, an undeclared answer, an invalid request accepted). */
        public List<Sent> defects() {
            return sent.stream().filter(s -> s.defect() != null).toList();
        }

        /** Valid requests (by the document) that the service refused with 400 or 422: the document promises more. */
        public List<Sent> refusedValid() {
            return sent.stream().filter(s -> s.kind().startsWith("valid") && (s.status() == 400 || s.status() == 422))
                    .toList();
        }

        /**
         * How the operation's valid requests, sent as its role, were answered: a 2xx if any was; else the first
         * answer other than 400 (a refusal for the state of the records, not for the shape of the request); else
         * the first. -1 when no role could call it.
         */
        public int validStatus(String operation) {
            String role = roles.get(operation);
            List<Integer> answers = sent.stream().filter(s -> s.operation().equals(operation)
                    && s.kind().startsWith("valid") && Objects.equals(s.role(), role)).map(Sent::status).toList();
            if (role == null || answers.isEmpty()) {
                return -1;
            }
            return answers.stream().filter(s -> s >= 200 && s < 300).findFirst()
                    .or(() -> answers.stream().filter(s -> s != 400).findFirst())
                    .orElse(answers.get(0));
        }

        public String summary() {
            StringBuilder out = new StringBuilder();
            Map<Integer, Integer> all = new TreeMap<>();
            statuses.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
            out.append(operations.size()).append(" operations, ").append(sent.size()).append(" requests, statuses ")
                    .append(all).append(" (0: a very long request the server closed the connection on), ")
                    .append(defects().size()).append(" refused by the contract, ").append(refusedValid().size())
                    .append(" valid requests refused with 400 or 422\n");
            for (String op : operations) {
                long count = sent.stream().filter(s -> s.operation().equals(op)).count();
                out.append(String.format("  %-58s as %-12s valid -> %3d; %4d requests %s%n", op,
                        roles.getOrDefault(op, "(nobody)"), validStatus(op), count, statuses(op)));
            }
            return out.toString();
        }

        void record(Sent s) {
            sent.add(s);
            statuses.computeIfAbsent(s.operation(), k -> new TreeMap<>()).merge(s.status(), 1, Integer::sum);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final Pattern STATUS = Pattern.compile(" -> (\\d{3})");
    /** Strings this long go in bodies. */
    static final int HUGE = 100_000;
    /** Path and query values stop here: within the service's own 414, short of the HTTP server's bare one. */
    static final int LONG = 10_000;
    private static final String NIL_UUID = "00000000-0000-0000-0000-000000000000";
    private static final String UNICODE = "\u00fcn\u00efc\u00f8d\u00e9 \u6f22\u5b57";
    private static final String NUL_AND_EMOJI = "a\u0000b \uD83D\uDE00";

    private final JsonNode document;
    private final Random random;
    private final Map<String, Supplier<RequestSpecification>> roles = new LinkedHashMap<>();
    private PathValues pathValues = (m, p, n) -> List.of();
    private SetUp setUp = (m, p) -> Map.of();
    private final Map<String, List<String>> parameterValues = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> bodyValues = new LinkedHashMap<>();
    private final Map<String, byte[]> validBodies = new LinkedHashMap<>();
    private String prefix = "/api/";
    private int validVariants = 3;

    private SchemaDrivenProbe(JsonNode document, long seed) {
        this.document = document;
        this.random = new Random(seed);
    }

    /** A probe for this OpenAPI document (JSON), sending the same requests for the same seed. */
    public static SchemaDrivenProbe of(String documentJson, long seed) {
        try {
            return new SchemaDrivenProbe(JSON.readTree(documentJson), seed);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an OpenAPI document in JSON", e);
        }
    }

    /** A role and a fresh request specification signed in as it; roles are tried in the order given. */
    public SchemaDrivenProbe role(String name, Supplier<RequestSpecification> signedIn) {
        roles.put(name, signedIn);
        return this;
    }

    public SchemaDrivenProbe pathValues(PathValues values) {
        this.pathValues = values;
        return this;
    }

    /** Run before each operation is probed; see {@link SetUp}. */
    public SchemaDrivenProbe setUp(SetUp before) {
        this.setUp = before;
        return this;
    }

    /**
     * Known-good values for path or query parameters of that name in any operation (an id, a token), used in the
     * valid requests instead of made-up ones.
     */
    public SchemaDrivenProbe parameterValues(String name, List<String> values) {
        parameterValues.put(name, List.copyOf(values));
        return this;
    }

    /**
     * Known-good values for string properties of that name anywhere in a request body (the id of a record the test
     * made, for example), used in the valid requests instead of made-up ones.
     */
    public SchemaDrivenProbe bodyValues(String property, List<String> values) {
        bodyValues.put(property, values.stream().map(v -> (JsonNode) NODES.textNode(v)).toList());
        return this;
    }

    /**
     * A known-good value of any JSON shape (a string, a number, a list, a map) for properties of that name anywhere
     * in a request body: codes the service knows, ids of records the test made.
     */
    public SchemaDrivenProbe bodyValue(String property, Object value) {
        bodyValues.put(property, List.of(JSON.valueToTree(value)));
        return this;
    }

    /**
     * A valid body for operations that take this media type, which no schema describes well enough to make one (a
     * CSV file, say). JSON bodies are made from their schemas.
     */
    public SchemaDrivenProbe validBody(String mediaType, String content) {
        validBodies.put(mediaType, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Only paths starting with this (default /api/). */
    public SchemaDrivenProbe pathsStartingWith(String pathPrefix) {
        this.prefix = pathPrefix;
        return this;
    }

    /** How many seeded valid requests per operation, besides the full one and the required-only ones (default 3). */
    public SchemaDrivenProbe validVariants(int count) {
        this.validVariants = count;
        return this;
    }

    public Report run() {
        Report report = new Report();
        List<Operation> operations = operations();
        operations.forEach(op -> report.operations.add(op.key()));
        for (Operation op : operations) {
            probe(op, report);
        }
        return report;
    }

    // ---------------------------------------------------------------- operations and requests

    private record Operation(String method, String path, JsonNode node, List<JsonNode> parameters, JsonNode body) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /**
     * One request: path values; query values (a list, for repeated parameters; null: leave the parameter out);
     * headers; and a body.
     */
    private record Request(String kind, Map<String, String> path, Map<String, List<String>> query,
            Map<String, String> headers, String contentType, byte[] body) {

        Request withKind(String k) {
            return new Request(k, path, query, headers, contentType, body);
        }

        Request withPath(String name, String value) {
            Map<String, String> p = new LinkedHashMap<>(path);
            p.put(name, value);
            return new Request(kind, p, query, headers, contentType, body);
        }

        /** The parameter with this one value; null leaves it out. */
        Request withQuery(String name, String value) {
            Map<String, List<String>> q = new LinkedHashMap<>(query);
            q.put(name, value == null ? null : List.of(value));
            return new Request(kind, path, q, headers, contentType, body);
        }

        Request withQuery(Map<String, List<String>> values) {
            return new Request(kind, path, values, headers, contentType, body);
        }

        /** A header; Authorization replaces the role's token (an empty value sends none). */
        Request withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Request(kind, path, query, h, contentType, body);
        }

        Request withBody(String type, byte[] content) {
            return new Request(kind, path, query, headers, type, content);
        }

        Request withBody(String type, String content) {
            return withBody(type, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = document.path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        for (String path : names) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            JsonNode item = paths.get(path);
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                item.path("parameters").forEach(p -> parameters.add(resolve(p)));
                op.path("parameters").forEach(p -> parameters.add(resolve(p)));
                JsonNode body = op.has("requestBody") ? resolve(op.get("requestBody")) : null;
                ops.add(new Operation(method, path, op, parameters, body));
            }
        }
        return ops;
    }

    private void probe(Operation op, Report report) {
        Map<String, String> given = setUp.before(op.method().toUpperCase(Locale.ROOT), op.path());
        given = given == null ? Map.of() : given;
        Request base = validRequest(op, 0, given);
        String role = null;
        for (String candidate : roles.keySet()) {
            Sent s = send(op, candidate, base.withKind("valid (finding the role)"));
            report.record(s);
            if (s.status() != 401 && s.status() != 403) {
                role = candidate;
                break;
            }
        }
        if (role == null) {
            return;
        }
        report.roles.put(op.key(), role);
        List<Request> requests = new ArrayList<>();
        for (int v = 1; v <= validVariants; v++) {
            requests.add(validRequest(op, v, given).withKind("valid variant " + v));
        }
        requests.addAll(smallerValidRequests(op, base));
        requests.addAll(headerMutations(base));
        requests.addAll(pathMutations(op, base));
        requests.addAll(queryMutations(op, base));
        requests.addAll(bodyMutations(op, base));
        for (Request r : requests) {
            report.record(send(op, role, r));
        }
    }

    private Sent send(Operation op, String role, Request r) {
        String authorization = r.headers().get("Authorization");
        RequestSpecification spec = authorization == null ? roles.get(role).get() : RestAssured.given();
        // the content type exactly as given: no charset appended to text/csv, application/xml and the like
        RestAssuredConfig config = spec instanceof FilterableRequestSpecification f && f.getConfig() != null
                ? f.getConfig() : RestAssured.config();
        spec.config(config.encoderConfig(config.getEncoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        spec.urlEncodingEnabled(true);
        r.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                spec.header(name, value);
            }
        });
        r.path().forEach(spec::pathParam);
        r.query().forEach((name, values) -> {
            if (values != null) {
                spec.queryParam(name, values);
            }
        });
        if (r.contentType() != null) {
            spec.contentType(r.contentType());
        }
        if (r.body() != null) {
            spec.body(r.body());
        }
        try {
            Response response = spec.request(op.method().toUpperCase(Locale.ROOT), op.path());
            String answer = response.asString();
            return new Sent(op.key(), role, r.kind(), response.statusCode(), null,
                    answer.length() > 300 ? answer.substring(0, 300) + "..." : answer);
        } catch (AssertionError e) {
            Matcher m = STATUS.matcher(String.valueOf(e.getMessage()));
            int status = m.find() ? Integer.parseInt(m.group(1)) : -1;
            return new Sent(op.key(), role, r.kind(), status, r.kind() + ": " + e.getMessage(), null);
        } catch (Exception e) { // RestAssured lets IOExceptions through undeclared
            if (e instanceof IOException && r.kind().contains("characters)")) {
                // the server refused a very long request before reading it all, and closed the connection
                return new Sent(op.key(), role, r.kind(), 0, null, null);
            }
            return new Sent(op.key(), role, r.kind(), -1, r.kind() + ": " + e, null);
        }
    }

    private Request validRequest(Operation op, int variant, Map<String, String> given) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            JsonNode schema = schemaOf(p);
            if ("path".equals(p.path("in").asText())) {
                List<String> known = pathValues.valuesFor(op.method().toUpperCase(Locale.ROOT), op.path(), name);
                if (known.isEmpty()) {
                    known = parameterValues.getOrDefault(name, List.of());
                }
                path.put(name, given.containsKey(name) ? given.get(name)
                        : known.isEmpty() ? text(valid(schema, variant, 0)) : known.get(variant % known.size()));
            } else if ("query".equals(p.path("in").asText())) {
                boolean include = p.path("required").asBoolean(false) || variant == 0 || given.containsKey(name)
                        || random.nextBoolean();
                if (include) {
                    query.put(name, queryValues(p, schema, variant, given));
                }
            }
        }
        Request r = new Request("valid", path, query, Map.of(), null, null);
        String type = bodyType(op);
        if (type == null) {
            return r;
        }
        if (isJson(type)) {
            return r.withBody(type, bytes(valid(bodySchema(op, type), variant, 0)));
        }
        if (validBodies.containsKey(type)) {
            return r.withBody(type, validBodies.get(type));
        }
        return r.withBody(type, text(valid(bodySchema(op, type), variant, 0)));
    }

    /** A query parameter's values: the test's, the document's example, or made from the schema (each item). */
    private List<String> queryValues(JsonNode p, JsonNode schema, int variant, Map<String, String> given) {
        String name = p.path("name").asText();
        if (given.containsKey(name)) {
            return List.of(given.get(name));
        }
        List<String> known = parameterValues.getOrDefault(name, List.of());
        if (!known.isEmpty()) {
            return List.of(known.get(variant % known.size()));
        }
        JsonNode value = p.has("example") && variant == 0 ? p.get("example") : valid(schema, variant, 0);
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> values.add(text(v)));
        } else {
            values.add(text(value));
        }
        return values;
    }

    /**
     * The full valid request cut down to what the document requires (the query parameters and top-level body
     * properties it marks required), then that with each optional body property alone: rules the document cannot
     * state ("give exactly one of by and to") may refuse the full one.
     */
    private List<Request> smallerValidRequests(Operation op, Request full) {
        Map<String, List<String>> requiredQuery = new LinkedHashMap<>();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean(false)
                    && full.query().containsKey(name)) {
                requiredQuery.put(name, full.query().get(name));
            }
        }
        boolean fewerParameters = requiredQuery.size() < full.query().size();
        JsonNode schema = full.body() != null && isJson(full.contentType()) ? bodySchema(op, full.contentType())
                : null;
        JsonNode body = schema == null ? null : read(full.body());
        List<String> optional = new ArrayList<>();
        ObjectNode minimal = NODES.objectNode();
        if (body instanceof ObjectNode object) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            object.fields().forEachRemaining(f -> {
                if (required.contains(f.getKey())) {
                    minimal.set(f.getKey(), f.getValue());
                } else {
                    optional.add(f.getKey());
                }
            });
        }
        List<Request> out = new ArrayList<>();
        if (!fewerParameters && optional.isEmpty()) {
            return out;
        }
        Request required = full.withQuery(requiredQuery).withKind("valid, required parts only");
        if (optional.isEmpty()) {
            out.add(required);
            return out;
        }
        required = required.withBody(full.contentType(), bytes(minimal));
        out.add(required);
        for (String name : optional) {
            ObjectNode one = minimal.deepCopy();
            one.set(name, body.get(name));
            out.add(required.withBody(full.contentType(), bytes(one)).withKind("valid, required parts and " + name));
        }
        return out;
    }

    /** The media type of the body the probe sends: JSON if the operation takes it, else one it was given a body of. */
    private String bodyType(Operation op) {
        if (op.body() == null) {
            return null;
        }
        List<String> types = new ArrayList<>();
        op.body().path("content").fieldNames().forEachRemaining(types::add);
        return types.stream().filter(SchemaDrivenProbe::isJson).findFirst()
                .or(() -> types.stream().filter(validBodies::containsKey).findFirst())
                .orElse(types.isEmpty() ? null : types.get(0));
    }

    private JsonNode bodySchema(Operation op, String type) {
        return resolve(op.body().path("content").path(type).path("schema"));
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.startsWith("application/json") || mediaType.contains("+json"));
    }

    // ---------------------------------------------------------------- mutations

    /** Without a token or with a bad one, and asking for media types the API does not answer with. */
    private List<Request> headerMutations(Request base) {
        List<Request> out = new ArrayList<>();
        out.add(base.withHeader("Authorization", "").withKind("no token"));
        out.add(base.withHeader("Authorization", "Bearer not-a-token").withKind("a token that is not a JWT"));
        out.add(base.withHeader("Authorization", "Basic YWRtaW46YWRtaW4=").withKind("basic credentials"));
        for (String accept : List.of("application/xml", "text/csv", "image/png", "application/json;q=0, */*;q=0")) {
            out.add(base.withHeader("Accept", accept).withKind("Accept " + accept));
        }
        out.add(base.withHeader("X-Unexpected", "x".repeat(1_000)).withKind("an unexpected 1000-character header"));
        out.add(base.withHeader("X-Unexpected", "x".repeat(20_000))
                .withKind("an unexpected header of " + abbreviate("x".repeat(20_000))));
        return out;
    }

    private List<Request> pathMutations(Operation op, Request base) {
        List<Request> out = new ArrayList<>();
        for (JsonNode p : op.parameters()) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            List<String> bad = new ArrayList<>(List.of(seededUuid(), seededUuid().toUpperCase(Locale.ROOT), NIL_UUID,
                    "abc", "0", "-1", "1.5", "null", "2147483648", "99999999999999999999", "%", "a b", "\u00e9",
                    UNICODE, "' or 1=1; drop table x;--", "a".repeat(1_000), "9".repeat(3_000), "a".repeat(5_000),
                    "a".repeat(LONG)));
            JsonNode schema = schemaOf(p);
            if (schema.has("enum")) {
                bad.add("NOT_" + schema.get("enum").get(0).asText());
                addIfDifferent(bad, schema.get("enum").get(0).asText());
            }
            for (String value : bad) {
                out.add(base.withPath(name, value).withKind("path " + name + "=" + abbreviate(value)));
            }
        }
        return out;
    }

    private List<Request> queryMutations(Operation op, Request base) {
        List<Request> out = new ArrayList<>();
        for (JsonNode p : op.parameters()) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            JsonNode schema = schemaOf(p);
            JsonNode item = typeOf(schema).equals("array") ? resolve(schema.path("items")) : schema;
            if (p.path("required").asBoolean(false)) {
                out.add(base.withQuery(name, null).withKind("query " + name + " missing"));
            }
            List<String> bad = new ArrayList<>(List.of("", "abc", "1.5", "-1", "0", "true", "null", "%00",
                    "\u0000\u0007", "2026-13", "2026-13-45", seededUuid(), UNICODE,
                    "123456789012345678901234567890", "x".repeat(1_000), "x".repeat(5_000), "x".repeat(LONG)));
            String type = typeOf(item);
            if (item.has("minimum")) {
                bad.add(item.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
            }
            if (item.has("maximum")) {
                bad.add(item.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
                bad.add(item.get("maximum").asText());
            }
            if (type.equals("integer")) {
                bad.addAll(List.of("2147483648", "9223372036854775808", "1e3", "0x10", " 1"));
            }
            if (type.equals("boolean")) {
                bad.addAll(List.of("yes", "1", "TRUE", "maybe"));
            }
            if (item.has("enum")) {
                bad.add("NOT_" + item.get("enum").get(0).asText());
                addIfDifferent(bad, item.get("enum").get(0).asText());
            }
            for (String value : bad) {
                out.add(base.withQuery(name, value).withKind("query " + name + "=" + abbreviate(value)));
            }
        }
        out.add(base.withQuery("unexpectedParameter", "1").withKind("query unexpectedParameter"));
        return out;
    }

    /** An enum value in lower case, if that is another value. */
    private static void addIfDifferent(List<String> values, String enumValue) {
        String lower = enumValue.toLowerCase(Locale.ROOT);
        if (!lower.equals(enumValue)) {
            values.add(lower);
        }
    }

    private List<Request> bodyMutations(Operation op, Request base) {
        List<Request> out = new ArrayList<>();
        String type = base.contentType();
        if (type == null) {
            return out;
        }
        List<String> declared = new ArrayList<>();
        op.body().path("content").fieldNames().forEachRemaining(declared::add);
        out.add(base.withBody(null, (byte[]) null).withKind("no body, no content type"));
        out.add(base.withBody(type, new byte[0]).withKind("empty body"));
        out.add(base.withBody(type, garbage(HUGE)).withKind("body of " + HUGE + " garbage characters"));
        byte[] valid = base.body();
        out.add(base.withBody(type, Arrays.copyOf(valid, valid.length / 2)).withKind("body cut short"));
        for (String other : List.of("text/plain", "application/xml")) {
            if (!declared.contains(other)) {
                out.add(base.withBody(other, valid).withKind("valid body as " + other));
            }
        }
        if (!isJson(type)) {
            if (!declared.contains("application/json")) {
                out.add(base.withBody("application/json", "{\"a\": 1}").withKind("a JSON body instead of " + type));
            }
            byte[] binary = new byte[256];
            random.nextBytes(binary);
            out.add(base.withBody(type, binary).withKind("binary body"));
            return out;
        }
        for (String text : List.of("not json{", "{", "[]", "null", "42", "\"text\"", "{\"a\":}", "{}}",
                "{\"a\":1,}")) {
            out.add(base.withBody(type, text).withKind("body " + text));
        }
        out.add(base.withBody(type, "[".repeat(5_000) + "]".repeat(5_000)).withKind("body nested 5000 deep"));
        out.add(base.withBody(type, "{\"a\":" + "9".repeat(5_000) + "}").withKind("body with a 5000-digit number"));
        out.add(base.withBody(type, "\"" + "y".repeat(3 * HUGE) + "\"").withKind("body a 300k string"));
        out.add(base.withBody(type, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})
                .withKind("body not UTF-8"));
        JsonNode root = read(valid);
        List<Location> locations = new ArrayList<>();
        locate(bodySchema(op, type), root, new ArrayList<>(), true, locations);
        for (Location at : locations) {
            for (Mutation m : mutationsOf(at)) {
                JsonNode mutated = root.deepCopy();
                mutated = apply(mutated, at.path(), m.value(), m.remove());
                out.add(base.withBody(type, bytes(mutated)).withKind("body " + at.pointer() + ": " + m.label()));
            }
        }
        return out;
    }

    private String seededUuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Printable text, seeded: letters, digits, punctuation, accents and a euro sign. */
    private String garbage(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789!$'()*,;=@~ \u00e4\u00f6\u00fc\u20ac";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private record Location(List<Object> path, JsonNode schema, boolean required, boolean nullable) {
        String pointer() {
            StringBuilder s = new StringBuilder();
            for (Object p : path) {
                s.append(p instanceof Integer i ? "[" + i + "]" : (s.length() == 0 ? "" : ".") + p);
            }
            return s.length() == 0 ? "(body)" : s.toString();
        }
    }

    private record Mutation(String label, JsonNode value, boolean remove) {}

    private void locate(JsonNode schema, JsonNode value, List<Object> path, boolean required, List<Location> out) {
        JsonNode s = resolve(schema);
        out.add(new Location(List.copyOf(path), s, required, nullable(schema) || nullable(s)));
        if (value == null) {
            return;
        }
        if (value.isObject() && s.has("properties")) {
            List<String> requiredNames = new ArrayList<>();
            s.path("required").forEach(n -> requiredNames.add(n.asText()));
            Iterator<Map.Entry<String, JsonNode>> fields = s.get("properties").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> property = fields.next();
                List<Object> next = new ArrayList<>(path);
                next.add(property.getKey());
                locate(property.getValue(), value.get(property.getKey()), next, requiredNames.contains(property.getKey()),
                        out);
            }
        } else if (value.isArray() && s.has("items") && !value.isEmpty()) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            locate(s.get("items"), value.get(0), next, true, out);
        }
    }

    private List<Mutation> mutationsOf(Location at) {
        List<Mutation> out = new ArrayList<>();
        JsonNode s = at.schema();
        String type = typeOf(s);
        if (!at.path().isEmpty() && at.required() && !(at.path().get(at.path().size() - 1) instanceof Integer)) {
            out.add(new Mutation("missing", null, true));
        }
        if (!at.path().isEmpty() && !at.nullable()) {
            out.add(new Mutation("null", NODES.nullNode(), false));
        }
        switch (type) {
            case "string" -> {
                out.add(new Mutation("a number", NODES.numberNode(12345), false));
                out.add(new Mutation("true", NODES.booleanNode(true), false));
                out.add(new Mutation("an object", NODES.objectNode().put("a", 1), false));
                out.add(new Mutation("a list", NODES.arrayNode().add("a"), false));
                out.add(new Mutation("100k characters", NODES.textNode("x".repeat(HUGE)), false));
                out.add(new Mutation("empty", NODES.textNode(""), false));
                out.add(new Mutation("spaces", NODES.textNode("   "), false));
                out.add(new Mutation("a NUL and an emoji", NODES.textNode(NUL_AND_EMOJI), false));
                if (s.has("enum")) {
                    out.add(new Mutation("not in the enum", NODES.textNode("NOT_" + s.get("enum").get(0).asText()),
                            false));
                    String first = s.get("enum").get(0).asText();
                    if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                        out.add(new Mutation("enum in lower case", NODES.textNode(first.toLowerCase(Locale.ROOT)),
                                false));
                    }
                }
                if (s.has("pattern")) {
                    String bad = notMatching(s.get("pattern").asText());
                    if (bad != null) {
                        out.add(new Mutation("not matching " + s.get("pattern").asText(), NODES.textNode(bad), false));
                    }
                }
                if (s.has("maxLength")) {
                    out.add(new Mutation("too long", NODES.textNode(stretch(s, s.get("maxLength").asInt() + 1)),
                            false));
                }
                String format = s.path("format").asText("");
                if (!format.isEmpty()) {
                    out.add(new Mutation("not a " + format, NODES.textNode("not-a-" + format), false));
                }
                if (format.equals("date")) {
                    out.add(new Mutation("date 2026-02-30", NODES.textNode("2026-02-30"), false));
                    out.add(new Mutation("date far future", NODES.textNode("9999-12-31"), false));
                }
                if (format.equals("date-time")) {
                    out.add(new Mutation("date-time without zone", NODES.textNode("2027-01-05T18:00:00"), false));
                }
            }
            case "integer", "number" -> {
                out.add(new Mutation("in quotes", NODES.textNode("12"), false));
                out.add(new Mutation("true", NODES.booleanNode(true), false));
                out.add(new Mutation("a list", NODES.arrayNode().add(1), false));
                if (type.equals("integer")) {
                    out.add(new Mutation("fractional", NODES.numberNode(new BigDecimal("1.5")), false));
                    out.add(new Mutation("beyond 64 bits",
                            NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), false));
                }
                out.add(new Mutation("1e308", NODES.numberNode(new BigDecimal("1e308")), false));
                out.add(new Mutation("1e400, beyond any double", NODES.numberNode(new BigDecimal("1E+400")), false));
                out.add(new Mutation("2000 digits", NODES.numberNode(new BigDecimal("7".repeat(2_000))), false));
                out.add(new Mutation("negative", NODES.numberNode(-7), false));
                if (s.has("minimum")) {
                    out.add(new Mutation("below minimum",
                            NODES.numberNode(s.get("minimum").decimalValue().subtract(BigDecimal.ONE)), false));
                }
                if (s.has("maximum")) {
                    out.add(new Mutation("above maximum",
                            NODES.numberNode(s.get("maximum").decimalValue().add(BigDecimal.ONE)), false));
                    out.add(new Mutation("maximum", NODES.numberNode(s.get("maximum").decimalValue()), false));
                }
                if (s.has("minimum")) {
                    out.add(new Mutation("minimum", NODES.numberNode(s.get("minimum").decimalValue()), false));
                }
            }
            case "boolean" -> {
                out.add(new Mutation("\"true\"", NODES.textNode("true"), false));
                out.add(new Mutation("1", NODES.numberNode(1), false));
                out.add(new Mutation("false", NODES.booleanNode(false), false));
            }
            case "array" -> {
                out.add(new Mutation("an object", NODES.objectNode(), false));
                out.add(new Mutation("a string", NODES.textNode("x"), false));
                out.add(new Mutation("empty", NODES.arrayNode(), false));
                out.add(new Mutation("a null item", NODES.arrayNode().addNull(), false));
                out.add(new Mutation("items of the wrong type",
                        NODES.arrayNode().add(typeOf(resolve(s.path("items"))).equals("string") ? NODES.numberNode(7)
                                : NODES.textNode("x")), false));
                if (s.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = valid(resolve(s.path("items")), 0, 1);
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        many.add(item);
                    }
                    out.add(new Mutation("too many items", many, false));
                }
            }
            case "object" -> {
                out.add(new Mutation("a list", NODES.arrayNode(), false));
                out.add(new Mutation("a string", NODES.textNode("x"), false));
                out.add(new Mutation("empty object", NODES.objectNode(), false));
                out.add(new Mutation("an unexpected field", valid(s, 0, 1) instanceof ObjectNode o
                        ? o.put("unexpectedField", 1) : NODES.objectNode(), false));
            }
            default -> {
                // no type: nothing more to say about it
            }
        }
        return out;
    }

    private static JsonNode apply(JsonNode root, List<Object> path, JsonNode value, boolean remove) {
        if (path.isEmpty()) {
            return value == null ? NODES.nullNode() : value;
        }
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer idx ? parent.get(idx) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (remove) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            if (remove) {
                a.remove((Integer) last);
            } else {
                a.set((Integer) last, value);
            }
        }
        return root;
    }

    // ---------------------------------------------------------------- valid values from schemas

    private JsonNode valid(JsonNode schema, int variant, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum") && !s.get("enum").isEmpty()) {
            JsonNode values = s.get("enum");
            return variant == 0 ? values.get(0) : values.get(random.nextInt(values.size()));
        }
        if (s.has("example") && conforms(s, s.get("example"))) {
            return s.get("example");
        }
        if (s.has("default") && conforms(s, s.get("default"))) {
            return s.get("default");
        }
        switch (typeOf(s)) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                List<String> required = new ArrayList<>();
                s.path("required").forEach(n -> required.add(n.asText()));
                if (depth < 8) {
                    s.path("properties").fields().forEachRemaining(p -> {
                        if (p.getValue().path("readOnly").asBoolean(false)) {
                            return;
                        }
                        if (required.contains(p.getKey()) || variant == 0 || random.nextBoolean()) {
                            List<JsonNode> known = bodyValues.getOrDefault(p.getKey(), List.of());
                            o.set(p.getKey(), known.isEmpty() ? valid(p.getValue(), variant, depth + 1)
                                    : known.get(variant % known.size()).deepCopy());
                        }
                    });
                    if (!s.has("properties") && s.path("additionalProperties").isObject()) {
                        o.set("key", valid(s.get("additionalProperties"), variant, depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int min = Math.max(1, s.path("minItems").asInt(1));
                int max = s.has("maxItems") ? s.get("maxItems").asInt() : min + 1;
                int n = variant == 0 ? min : min + random.nextInt(Math.max(1, Math.min(max, min + 2) - min + 1));
                if (depth < 8) {
                    for (int i = 0; i < n; i++) {
                        a.add(valid(s.path("items"), variant, depth + 1));
                    }
                }
                return a;
            }
            case "integer", "number" -> {
                BigDecimal min = s.has("minimum") ? s.get("minimum").decimalValue() : BigDecimal.ONE;
                BigDecimal max = s.has("maximum") ? s.get("maximum").decimalValue() : min.add(BigDecimal.valueOf(100));
                if (s.path("exclusiveMinimum").asBoolean(false)) {
                    min = min.add(BigDecimal.ONE);
                }
                long span = max.subtract(min).min(BigDecimal.valueOf(100)).longValue();
                BigDecimal n = variant == 0 || span <= 0 ? min : min.add(BigDecimal.valueOf(random.nextLong(span + 1)));
                return typeOf(s).equals("integer") ? NODES.numberNode(n.toBigInteger()) : NODES.numberNode(n);
            }
            case "boolean" -> {
                return NODES.booleanNode(variant == 0 || random.nextBoolean());
            }
            default -> {
                return NODES.textNode(validString(s));
            }
        }
    }

    private String validString(JsonNode s) {
        String format = s.path("format").asText("");
        String value = switch (format) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> LocalDate.now().minusDays(30 + random.nextInt(300)).toString();
            case "date-time" -> Instant.now().minus(1 + random.nextInt(1000), ChronoUnit.HOURS).toString();
            case "local-time", "partial-time", "time" -> String.format("%02d:%02d", 8 + random.nextInt(10),
                    random.nextBoolean() ? 0 : 30);
            case "uri" -> "https://example.org/" + random.nextInt(1000);
            default -> null;
        };
        if (value == null && s.has("pattern")) {
            for (int i = 0; i < 5 && value == null; i++) {
                value = RegexSample.of(s.get("pattern").asText(), random);
            }
        }
        if (value == null) {
            value = "text" + random.nextInt(1000);
        }
        int min = s.path("minLength").asInt(0);
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        if (value.length() > max) {
            value = value.substring(0, max);
        }
        return value;
    }

    /** A string of this length that still matches the schema's pattern where it can (for "too long"). */
    private String stretch(JsonNode s, int length) {
        String start = validString(s);
        StringBuilder b = new StringBuilder(start);
        String filler = start.isEmpty() ? "x" : start.substring(start.length() - 1);
        while (b.length() < length) {
            b.append(filler);
        }
        return b.substring(0, length);
    }

    private static String notMatching(String pattern) {
        Pattern p = Pattern.compile(pattern);
        for (String candidate : List.of("!!!", "   ", "", "a b", "ZZZZ", "0", "é", "a".repeat(30))) {
            if (!p.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }

    private boolean conforms(JsonNode s, JsonNode value) {
        String type = typeOf(s);
        if (type.equals("string")) {
            if (!value.isTextual()) {
                return false;
            }
            String text = value.asText();
            return (!s.has("pattern") || Pattern.compile(s.get("pattern").asText()).matcher(text).find())
                    && text.length() >= s.path("minLength").asInt(0)
                    && text.length() <= s.path("maxLength").asInt(Integer.MAX_VALUE);
        }
        if (type.equals("integer") || type.equals("number")) {
            if (!value.isNumber() || (type.equals("integer") && !value.isIntegralNumber())) {
                return false;
            }
            return (!s.has("minimum") || value.decimalValue().compareTo(s.get("minimum").decimalValue()) >= 0)
                    && (!s.has("maximum") || value.decimalValue().compareTo(s.get("maximum").decimalValue()) <= 0);
        }
        if (type.equals("boolean")) {
            return value.isBoolean();
        }
        return false; // objects and arrays are built from their parts
    }

    // ---------------------------------------------------------------- schema plumbing

    private JsonNode schemaOf(JsonNode parameter) {
        return resolve(parameter.path("schema"));
    }

    /** Follows $ref, and folds allOf (of one) and anyOf/oneOf (its first non-null option) into one schema. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 20 && s != null; i++) {
            if (s.has("$ref")) {
                s = ref(s.get("$ref").asText());
                continue;
            }
            String combiner = s.has("allOf") ? "allOf" : s.has("anyOf") ? "anyOf" : s.has("oneOf") ? "oneOf" : null;
            if (combiner == null) {
                return s;
            }
            JsonNode chosen = null;
            for (JsonNode option : s.get(combiner)) {
                if (!"null".equals(option.path("type").asText())) {
                    chosen = resolve(option);
                    break;
                }
            }
            ObjectNode merged = chosen == null ? NODES.objectNode() : chosen.deepCopy();
            s.fields().forEachRemaining(f -> {
                if (!f.getKey().equals(combiner) && !(f.getKey().equals("type") && merged.has("type"))) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            if (s.get(combiner).findValues("type").stream().anyMatch(t -> t.asText().equals("null"))) {
                merged.put("nullable", true);
            }
            s = merged;
        }
        return s == null ? NODES.objectNode() : s;
    }

    private JsonNode ref(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        return document.at(ref.substring(1));
    }

    private static boolean nullable(JsonNode s) {
        return s.path("nullable").asBoolean(false)
                || (s.path("type").isArray() && s.path("type").toString().contains("\"null\""));
    }

    private static String typeOf(JsonNode s) {
        if (s.path("type").isTextual()) {
            return s.get("type").asText();
        }
        if (s.path("type").isArray()) {
            for (JsonNode t : s.get("type")) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (s.has("properties") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return "";
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static byte[] bytes(JsonNode value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 12) + "...(" + value.length() + " characters)" : value;
    }
}
