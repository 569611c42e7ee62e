package org.peercoaching.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every operation of an OpenAPI 3.0 document many requests built from its schemas: plausible valid ones,
 * then one mutation at a time (each required field missing, nulls, wrong JSON types, 100k-character strings, bad
 * enum values and patterns, numbers out of range, bad ids in the path, bad query values, no body, a body that is
 * not JSON, the wrong media type). Requests go through RestAssured, so {@link OpenApiContract} judges every
 * answer; the probe collects what the contract refused (instead of stopping at the first) and counts statuses.
 *
 * <p>Generic: it is given the document, a request specification per role (tried in the given order; an operation
 * is probed as the first role that is not refused with 401/403), optional known-good path values (ids of records
 * the test made), and a seed. The same seed sends the same requests.
 */
public final class SchemaDrivenProbe {

    /** Known-good values for a path parameter (ids the test created); empty to let the probe make them up. */
    @FunctionalInterface
    public interface PathValues {
        List<String> valuesFor(String method, String path, String parameter);
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

        public String summary() {
            StringBuilder out = new StringBuilder();
            Map<Integer, Integer> all = new TreeMap<>();
            statuses.values().forEach(m -> m.forEach((k, v) -> all.merge(k, v, Integer::sum)));
            out.append(operations.size()).append(" operations, ").append(sent.size()).append(" requests, statuses ")
                    .append(all).append(", ").append(defects().size()).append(" refused by the contract, ")
                    .append(refusedValid().size()).append(" valid requests refused (status 0: a very long address"
                            + " the server closed the connection on)\n");
            for (String op : operations) {
                out.append(String.format("  %-60s as %-12s %s%n", op, roles.getOrDefault(op, "(nobody)"),
                        statuses.getOrDefault(op, Map.of())));
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
    static final int HUGE = 100_000;

    private final JsonNode document;
    private final Random random;
    private final Map<String, Supplier<RequestSpecification>> roles = new LinkedHashMap<>();
    private PathValues pathValues = (m, p, n) -> List.of();
    private final Map<String, List<String>> bodyValues = new LinkedHashMap<>();
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

    /**
     * Known-good values for string properties of that name anywhere in a request body (the id of a record the test
     * made, for example), used in the valid requests instead of made-up ones.
     */
    public SchemaDrivenProbe bodyValues(String property, List<String> values) {
        bodyValues.put(property, List.copyOf(values));
        return this;
    }

    /** Only paths starting with this (default /api/). */
    public SchemaDrivenProbe pathsStartingWith(String pathPrefix) {
        this.prefix = pathPrefix;
        return this;
    }

    /** How many valid requests per operation, besides the one that finds its role (default 3). */
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
            return method.toUpperCase() + " " + path;
        }
    }

    /** One request: path and query values (null value: leave the parameter out), and a body. */
    private record Request(String kind, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers, String contentType, byte[] body) {

        Request withKind(String k) {
            return new Request(k, path, query, headers, contentType, body);
        }

        Request withPath(String name, String value) {
            Map<String, String> p = new LinkedHashMap<>(path);
            p.put(name, value);
            return new Request(kind, p, query, headers, contentType, body);
        }

        Request withQuery(String name, String value) {
            Map<String, String> q = new LinkedHashMap<>(query);
            q.put(name, value);
            return new Request(kind, path, q, headers, contentType, body);
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
        Request base = validRequest(op, 0);
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
            requests.add(validRequest(op, v).withKind("valid variant " + v));
        }
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
        RequestSpecification spec = (authorization == null ? roles.get(role).get() : io.restassured.RestAssured.given())
                .urlEncodingEnabled(true);
        r.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                spec.header(name, value);
            }
        });
        r.path().forEach(spec::pathParam);
        r.query().forEach((name, value) -> {
            if (value != null) {
                spec.queryParam(name, value);
            }
        });
        if (r.contentType() != null) {
            spec.contentType(r.contentType());
        }
        if (r.body() != null) {
            spec.body(r.body());
        }
        try {
            Response response = spec.request(op.method().toUpperCase(), op.path());
            String answer = response.asString();
            return new Sent(op.key(), role, r.kind(), response.statusCode(), null,
                    answer.length() > 300 ? answer.substring(0, 300) + "..." : answer);
        } catch (AssertionError e) {
            Matcher m = STATUS.matcher(String.valueOf(e.getMessage()));
            int status = m.find() ? Integer.parseInt(m.group(1)) : -1;
            return new Sent(op.key(), role, r.kind(), status, r.kind() + ": " + e.getMessage(), null);
        } catch (Exception e) { // RestAssured throws IOExceptions unchecked
            if (e instanceof java.net.SocketException && r.kind().contains("characters)")) {
                // the server refused a very long address before reading it all, and closed the connection
                return new Sent(op.key(), role, r.kind(), 0, null, null);
            }
            return new Sent(op.key(), role, r.kind(), -1, r.kind() + ": " + e, null);
        }
    }

    private Request validRequest(Operation op, int variant) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.parameters()) {
            String name = p.path("name").asText();
            JsonNode schema = schemaOf(p);
            if ("path".equals(p.path("in").asText())) {
                List<String> known = pathValues.valuesFor(op.method().toUpperCase(), op.path(), name);
                path.put(name, known.isEmpty() ? text(valid(schema, variant, 0))
                        : known.get(variant % known.size()));
            } else if ("query".equals(p.path("in").asText())) {
                boolean include = p.path("required").asBoolean(false) || variant == 0 || random.nextBoolean();
                if (include) {
                    JsonNode value = p.has("example") && variant == 0 ? p.get("example") : valid(schema, variant, 0);
                    query.put(name, text(value));
                }
            }
        }
        Request r = new Request("valid", path, query, Map.of(), null, null);
        JsonNode media = jsonMedia(op);
        if (media != null) {
            r = r.withBody("application/json", bytes(valid(resolve(media.path("schema")), variant, 0)));
        }
        return r;
    }

    private JsonNode jsonMedia(Operation op) {
        if (op.body() == null) {
            return null;
        }
        JsonNode content = op.body().path("content");
        return content.has("application/json") ? content.get("application/json") : null;
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
            List<String> bad = new ArrayList<>(List.of(UUID.randomUUID().toString(),
                    new UUID(random.nextLong(), random.nextLong()).toString(), "abc", "0", "-1", "1.5", "null",
                    "2147483648", "99999999999999999999", "%", "a b", "é", "a".repeat(1_000), "9".repeat(3_000),
                    "a".repeat(5_000), "a".repeat(HUGE)));
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
            if (p.path("required").asBoolean(false)) {
                out.add(base.withQuery(name, null).withKind("query " + name + " missing"));
            }
            List<String> bad = new ArrayList<>(List.of("", "abc", "1.5", "-1", "true", "null", "%00",
                    "x".repeat(1_000), "x".repeat(5_000), "x".repeat(HUGE)));
            String type = schema.path("type").asText("");
            if (schema.has("minimum")) {
                bad.add(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE).toPlainString());
            }
            if (schema.has("maximum")) {
                bad.add(schema.get("maximum").decimalValue().add(BigDecimal.ONE).toPlainString());
                bad.add(schema.get("maximum").asText());
            }
            if (type.equals("integer")) {
                bad.addAll(List.of("2147483648", "9223372036854775808", "1e3", "0x10", " 1"));
            }
            if (type.equals("boolean")) {
                bad.addAll(List.of("yes", "1", "TRUE", "maybe"));
            }
            if (schema.has("enum")) {
                bad.add("NOT_" + schema.get("enum").get(0).asText());
                bad.add(schema.get("enum").get(0).asText().toLowerCase());
            }
            for (String value : bad) {
                out.add(base.withQuery(name, value).withKind("query " + name + "=" + abbreviate(value)));
            }
        }
        out.add(base.withQuery("unexpectedParameter", "1").withKind("query unexpectedParameter"));
        return out;
    }

    private List<Request> bodyMutations(Operation op, Request base) {
        List<Request> out = new ArrayList<>();
        if (op.body() == null) {
            return out;
        }
        out.add(base.withBody(null, null).withKind("no body, no content type"));
        out.add(base.withBody("application/json", new byte[0]).withKind("empty body"));
        for (String text : List.of("not json{", "{", "[]", "null", "42", "\"text\"", "{\"a\":}", "{}}")) {
            out.add(base.withBody("application/json", text.getBytes(StandardCharsets.UTF_8))
                    .withKind("body " + text));
        }
        if (base.body() != null) {
            byte[] valid = base.body();
            out.add(base.withBody("application/json", java.util.Arrays.copyOf(valid, valid.length / 2))
                    .withKind("body cut short"));
            out.add(base.withBody("text/plain", valid).withKind("valid body as text/plain"));
            out.add(base.withBody("application/xml", valid).withKind("valid body as application/xml"));
            out.add(base.withBody("application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'})
                    .withKind("body not UTF-8"));
        }
        JsonNode media = jsonMedia(op);
        if (media == null || base.body() == null) {
            return out;
        }
        JsonNode root = read(base.body());
        List<Location> locations = new ArrayList<>();
        locate(resolve(media.path("schema")), root, new ArrayList<>(), true, locations);
        for (Location at : locations) {
            for (Mutation m : mutationsOf(at)) {
                JsonNode mutated = root.deepCopy();
                mutated = apply(mutated, at.path(), m.value(), m.remove());
                out.add(base.withBody("application/json", bytes(mutated))
                        .withKind("body " + at.pointer() + ": " + m.label()));
            }
        }
        return out;
    }

    /** A place in a valid body: its path (field names and indexes), schema, and whether it must be there. */
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
                if (s.has("enum")) {
                    out.add(new Mutation("not in the enum", NODES.textNode("NOT_" + s.get("enum").get(0).asText()),
                            false));
                    out.add(new Mutation("enum in lower case",
                            NODES.textNode(s.get("enum").get(0).asText().toLowerCase()), false));
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
                            List<String> known = bodyValues.getOrDefault(p.getKey(), List.of());
                            o.set(p.getKey(), known.isEmpty() ? valid(p.getValue(), variant, depth + 1)
                                    : NODES.textNode(known.get(variant % known.size())));
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
