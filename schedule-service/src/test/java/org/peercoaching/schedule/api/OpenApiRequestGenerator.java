package org.peercoaching.schedule.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds requests from an OpenAPI 3.0 document, knowing nothing of the service: for each operation a plausible
 * valid request (every property filled with a value its schema allows), then mutations of it that the document
 * says are invalid or that probe the edges: each required field missing, wrong JSON types, nulls, 100k strings,
 * values outside enums and bounds, garbage path ids, bad query values, empty and non-JSON bodies, the wrong
 * media types. Seeded, so a run can be repeated exactly.
 *
 * <p>Values the generator cannot know (ids of records that exist, a token) are given by parameter name.
 */
final class OpenApiRequestGenerator {

    /** Bodies carry strings this long; addresses and headers stop at LONG (the server refuses longer at once). */
    static final int HUGE = 100_000;
    static final int LONG = 10_000; // within HttpLimits' problem+json answers (the decoder's bare 414 starts at 16k)
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    /** One parameter of an operation: in path or query; its example, if the document gives one beside the schema. */
    record Param(String name, String in, boolean required, JsonNode schema, JsonNode example) {}

    /** One operation of the document. */
    record Operation(String method, String path, List<Param> params, JsonNode bodySchema, boolean secured) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    /**
     * A request to send. Path and query values are raw (the sender encodes them); a null query value leaves the
     * parameter out; a null body sends none.
     */
    record Request(String label, Operation operation, Map<String, String> pathValues, Map<String, String> query,
            String contentType, String body, String accept, Map<String, String> headers, boolean signedIn,
            boolean overServerLimits) {

        Request withPath(String name, String value, String newLabel) {
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put(name, value);
            return new Request(newLabel, operation, values, query, contentType, body, accept, headers, signedIn,
                    overServerLimits);
        }

        Request withQuery(String name, String value, String newLabel) {
            Map<String, String> values = new LinkedHashMap<>(query);
            values.put(name, value);
            return new Request(newLabel, operation, pathValues, values, contentType, body, accept, headers, signedIn,
                    overServerLimits);
        }

        Request withBody(String newContentType, String newBody, String newLabel) {
            return new Request(newLabel, operation, pathValues, query, newContentType, newBody, accept, headers,
                    signedIn, overServerLimits);
        }

        Request withAccept(String newAccept, String newLabel) {
            return new Request(newLabel, operation, pathValues, query, contentType, body, newAccept, headers, signedIn,
                    overServerLimits);
        }

        Request withHeader(String name, String value, String newLabel) {
            Map<String, String> values = new LinkedHashMap<>(headers);
            values.put(name, value);
            return new Request(newLabel, operation, pathValues, query, contentType, body, accept, values, signedIn,
                    overServerLimits);
        }

        /**
         * Marks an address or header block longer than the HTTP server takes: it may close the connection while
         * the client is still sending, so no answer can be read.
         */
        Request beyondServerLimits() {
            return new Request(label, operation, pathValues, query, contentType, body, accept, headers, signedIn, true);
        }

        Request signedOut(String newLabel) {
            return new Request(newLabel, operation, pathValues, query, contentType, body, accept, headers, false,
                    overServerLimits);
        }
    }

    private final JsonNode document;
    private final Random random;
    private final Map<String, String> known;

    /**
     * @param known valid values by parameter name, for values the document cannot give: ids of records that exist
     */
    OpenApiRequestGenerator(JsonNode document, long seed, Map<String, String> known) {
        this.document = document;
        this.random = new Random(seed);
        this.known = known;
    }

    /** Every operation whose path starts with the prefix, in document order. */
    List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : concat(path.getValue().path("parameters"), op.path("parameters"))) {
                    JsonNode param = resolve(p);
                    String in = param.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        params.add(new Param(param.path("name").asText(), in,
                                param.path("required").asBoolean(in.equals("path")), param.path("schema"),
                                param.get("example")));
                    }
                }
                JsonNode body = resolve(op.path("requestBody")).path("content").path("application/json").get("schema");
                boolean secured = op.has("security") ? op.path("security").size() > 0 : securedByDefault;
                operations.add(new Operation(method, path.getKey(), params, body, secured));
            }
        }
        return operations;
    }

    /**
     * Requests every part of which the document allows, most complete first: every optional property filled in;
     * then only the required ones; then the required ones with each optional one alone. Rules the document
     * cannot state (give exactly one of two fields) may refuse the first; one of the others is then the
     * plausible request.
     */
    List<Request> validRequests(Operation op) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params()) {
            String value = known.containsKey(p.name()) ? known.get(p.name())
                    : p.example() != null && fits(concrete(p.schema()), text(p.example())) ? text(p.example())
                    : text(value(p.schema(), 0));
            if (p.in().equals("path")) {
                pathValues.put(p.name(), value);
            } else {
                query.put(p.name(), value);
            }
        }
        List<Request> requests = new ArrayList<>();
        if (op.bodySchema() == null) {
            requests.add(new Request("valid", op, pathValues, query, null, null, null, Map.of(), true, false));
            return requests;
        }
        JsonNode full = value(op.bodySchema(), 0);
        requests.add(new Request("valid", op, pathValues, query, "application/json", write(full), null, Map.of(), true, false));
        JsonNode object = objectSchema(op.bodySchema());
        if (object != null && full.isObject()) {
            List<String> required = new ArrayList<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            ObjectNode minimal = JSON.objectNode();
            required.forEach(name -> minimal.set(name, full.get(name)));
            requests.add(new Request("valid, required fields only", op, pathValues, query, "application/json",
                    write(minimal), null, Map.of(), true, false));
            full.fieldNames().forEachRemaining(name -> {
                if (!required.contains(name)) {
                    ObjectNode one = minimal.deepCopy();
                    one.set(name, full.get(name));
                    requests.add(new Request("valid, required fields and " + name, op, pathValues, query,
                            "application/json", write(one), null, Map.of(), true, false));
                }
            });
        }
        return requests;
    }

    /** The valid request changed one way at a time. */
    List<Request> mutations(Request valid) {
        Operation op = valid.operation();
        List<Request> out = new ArrayList<>();
        out.add(valid.withAccept("application/xml", "accepts only application/xml"));
        out.add(valid.withHeader("X-Filler", "h".repeat(LONG), "a 20k header").beyondServerLimits());
        out.add(valid.signedOut("no token"));
        out.add(valid.withHeader("Authorization", "Bearer not.a.token", "a garbage token"));
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                for (Map.Entry<String, String> bad : badPathValues(p).entrySet()) {
                    Request r = valid.withPath(p.name(), bad.getValue(), "path " + p.name() + " " + bad.getKey());
                    out.add(bad.getValue().length() >= LONG ? r.beyondServerLimits() : r);
                }
            } else {
                if (p.required()) {
                    out.add(valid.withQuery(p.name(), null, "query " + p.name() + " missing"));
                }
                for (Map.Entry<String, String> bad : badQueryValues(p).entrySet()) {
                    Request r = valid.withQuery(p.name(), bad.getValue(), "query " + p.name() + " " + bad.getKey());
                    out.add(bad.getValue() != null && bad.getValue().length() >= LONG ? r.beyondServerLimits() : r);
                }
            }
        }
        if (op.bodySchema() != null) {
            out.add(valid.withBody("application/json", "", "empty body"));
            out.add(valid.withBody("application/json", "not json", "body not JSON"));
            out.add(valid.withBody("application/json", "{", "body cut short"));
            out.add(valid.withBody("application/json", "{\"a\":1,}", "body with a trailing comma"));
            out.add(valid.withBody("application/json", "null", "body null"));
            out.add(valid.withBody("application/json", "[]", "body an array"));
            out.add(valid.withBody("application/json", "42", "body a number"));
            out.add(valid.withBody("application/json", "\"text\"", "body a string"));
            out.add(valid.withBody("application/json", "{}", "body an empty object"));
            out.add(valid.withBody("application/json", "[".repeat(5_000) + "]".repeat(5_000), "body nested 5000 deep"));
            out.add(valid.withBody("application/json", "{\"a\":" + "9".repeat(5_000) + "}",
                    "body with a number 5000 digits long"));
            out.add(valid.withBody("application/json", "\"" + "y".repeat(HUGE * 3) + "\"", "body a 300k string"));
            out.add(valid.withBody("text/plain", valid.body(), "body as text/plain"));
            out.add(valid.withBody(null, null, "no body"));
            JsonNode body = read(valid.body());
            if (body.isObject()) {
                ObjectNode extra = body.deepCopy();
                extra.put("unexpectedProperty" + random.nextInt(1000), "surprise");
                out.add(valid.withBody("application/json", write(extra), "body with an unknown property"));
                mutateProperties(valid, body, op.bodySchema(), new ArrayList<>(), out, 0);
            }
        }
        return out;
    }

    private void mutateProperties(Request valid, JsonNode root, JsonNode schema, List<String> at, List<Request> out,
            int depth) {
        JsonNode object = objectSchema(schema);
        if (object == null || depth > 3) {
            return;
        }
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> props = object.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            List<String> path = new ArrayList<>(at);
            path.add(prop.getKey());
            String name = String.join(".", path);
            boolean isRequired = required.contains(prop.getKey());
            out.add(body(valid, root, path, null, (isRequired ? "required " : "optional ") + name + " missing"));
            out.add(body(valid, root, path, JSON.nullNode(), name + " null"));
            for (Map.Entry<String, JsonNode> bad : badValues(prop.getValue()).entrySet()) {
                out.add(body(valid, root, path, bad.getValue(), name + " " + bad.getKey()));
            }
            mutateProperties(valid, root, prop.getValue(), path, out, depth + 1);
        }
    }

    private Request body(Request valid, JsonNode root, List<String> path, JsonNode value, String label) {
        ObjectNode copy = root.deepCopy();
        ObjectNode parent = copy;
        for (String step : path.subList(0, path.size() - 1)) {
            JsonNode next = parent.get(step);
            if (!(next instanceof ObjectNode)) {
                next = parent.putObject(step);
            }
            parent = (ObjectNode) next;
        }
        String last = path.get(path.size() - 1);
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, value);
        }
        return valid.withBody("application/json", write(copy), label);
    }

    /** Values of the wrong JSON type, out of bounds, outside the enum, or huge. */
    Map<String, JsonNode> badValues(JsonNode schema) {
        JsonNode s = concrete(schema);
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = s.path("type").asText("");
        if (!type.equals("string")) {
            bad.put("a string", JSON.textNode("not-a-" + (type.isEmpty() ? "value" : type)));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            bad.put("a number", JSON.numberNode(12345));
        }
        if (!type.equals("boolean")) {
            bad.put("a boolean", JSON.booleanNode(true));
        }
        if (!type.equals("object")) {
            bad.put("an object", JSON.objectNode().put("x", 1));
        }
        if (!type.equals("array")) {
            bad.put("an array", JSON.arrayNode().add("x"));
        }
        if (type.equals("string") || type.isEmpty()) {
            bad.put("100k long", JSON.textNode("x".repeat(HUGE)));
            bad.put("blank", JSON.textNode("   "));
            bad.put("with a NUL and emoji", JSON.textNode("a\u0000b \uD83D\uDE00"));
        }
        if (s.has("enum")) {
            bad.put("outside the enum", JSON.textNode("NOT_ONE_OF_THEM"));
            if (s.path("enum").size() > 0 && s.path("enum").get(0).isTextual()) {
                bad.put("in lower case", JSON.textNode(s.path("enum").get(0).asText().toLowerCase()));
            }
        }
        if (s.has("format") && type.equals("string")) {
            bad.put("not a " + s.path("format").asText(), JSON.textNode("2026-13-45T25:61:00Z-ish"));
        }
        if (type.equals("integer") || type.equals("number")) {
            if (s.has("minimum")) {
                bad.put("below the minimum", JSON.numberNode(s.path("minimum").decimalValue().subtract(BigDecimal.ONE)));
            }
            if (s.has("maximum")) {
                bad.put("above the maximum", JSON.numberNode(s.path("maximum").decimalValue().add(BigDecimal.ONE)));
            }
            bad.put("beyond 64 bits", JSON.numberNode(new BigDecimal("123456789012345678901234567890")));
            bad.put("2000 digits long", JSON.numberNode(new BigDecimal("7".repeat(2_000))));
            bad.put("with an exponent beyond any double", JSON.numberNode(new BigDecimal("1E+400")));
            bad.put("negative", JSON.numberNode(-7));
            if (type.equals("integer")) {
                bad.put("a fraction", JSON.numberNode(new BigDecimal("2.5")));
            }
            bad.put("a numeric string", JSON.textNode("5"));
        }
        return bad;
    }

    private Map<String, String> badPathValues(Param p) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("a random id", new UUID(random.nextLong(), random.nextLong()).toString());
        bad.put("an id in upper case", new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase());
        bad.put("not an id", "not-an-id");
        bad.put("a number", "12345");
        bad.put("negative", "-1");
        bad.put("beyond 64 bits", "123456789012345678901234567890");
        bad.put("unicode", "\u00fcn\u00efc\u00f8d\u00e9 \u6f22\u5b57");
        bad.put("SQL", "' or 1=1; drop table call_plan;--");
        bad.put("20k long", "a".repeat(LONG));
        bad.put("5k long", "b".repeat(5_000));
        bad.putAll(badForType(p));
        return bad;
    }

    private Map<String, String> badQueryValues(Param p) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("empty", "");
        bad.put("garbage", "not-valid");
        bad.put("negative", "-1");
        bad.put("zero", "0");
        bad.put("beyond 64 bits", "123456789012345678901234567890");
        bad.put("a month that is not", "2026-13");
        bad.put("a random id", new UUID(random.nextLong(), random.nextLong()).toString());
        bad.put("unicode", "\u00fcn\u00efc\u00f8d\u00e9");
        bad.put("20k long", "q".repeat(LONG));
        bad.put("5k long", "r".repeat(5_000));
        bad.putAll(badForType(p));
        return bad;
    }

    /** Text that is not of the parameter's type or not among its values. */
    private Map<String, String> badForType(Param p) {
        JsonNode s = concrete(p.schema());
        Map<String, String> bad = new LinkedHashMap<>();
        switch (s.path("type").asText("")) {
            case "integer" -> {
                bad.put("a fraction", "2.5");
                bad.put("with an exponent", "1e3");
            }
            case "boolean" -> bad.put("not a boolean", "maybe");
            default -> { }
        }
        if (s.has("enum")) {
            bad.put("outside the enum", "NOT_ONE_OF_THEM");
        }
        return bad;
    }

    /** A value the schema allows; objects get every property, required or not. */
    JsonNode value(JsonNode schema, int depth) {
        JsonNode s = concrete(schema);
        if (s.has("enum")) {
            List<JsonNode> options = new ArrayList<>();
            s.path("enum").forEach(e -> {
                if (!e.isNull()) options.add(e);
            });
            return options.get(random.nextInt(options.size()));
        }
        if (s.has("example") && exampleFits(s)) {
            return s.get("example");
        }
        if (s.has("default") && !s.get("default").isNull()) {
            return s.get("default");
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode node = JSON.objectNode();
                if (depth < 5) {
                    for (Iterator<Map.Entry<String, JsonNode>> props = s.path("properties").fields(); props.hasNext();) {
                        Map.Entry<String, JsonNode> prop = props.next();
                        node.set(prop.getKey(), value(prop.getValue(), depth + 1));
                    }
                }
                return node;
            }
            case "array": {
                ArrayNode node = JSON.arrayNode();
                int items = Math.max(1, s.path("minItems").asInt(1));
                for (int i = 0; i < items; i++) {
                    node.add(value(s.path("items"), depth + 1));
                }
                return node;
            }
            case "integer": {
                long min = s.has("minimum") ? s.path("minimum").asLong() : 1;
                long max = s.has("maximum") ? s.path("maximum").asLong() : min + 10;
                return JSON.numberNode(min + (long) random.nextInt((int) Math.min(max - min, 1000) + 1));
            }
            case "number": {
                BigDecimal min = s.has("minimum") ? s.path("minimum").decimalValue() : BigDecimal.ONE;
                BigDecimal max = s.has("maximum") ? s.path("maximum").decimalValue() : min.add(BigDecimal.TEN);
                BigDecimal fraction = BigDecimal.valueOf(random.nextInt(1000), 3);
                return JSON.numberNode(min.add(max.subtract(min).multiply(fraction)).setScale(1,
                        java.math.RoundingMode.DOWN));
            }
            case "boolean":
                return JSON.booleanNode(random.nextBoolean());
            default:
                return JSON.textNode(string(s));
        }
    }

    private boolean exampleFits(JsonNode s) {
        JsonNode example = s.get("example");
        if (!example.isTextual()) {
            return !example.isNull();
        }
        return fits(s, example.asText());
    }

    private String string(JsonNode s) {
        String format = s.path("format").asText("");
        List<String> candidates = new ArrayList<>();
        switch (format) {
            case "uuid" -> candidates.add(new UUID(random.nextLong(), random.nextLong()).toString());
            case "date-time" -> candidates.add("2026-12-01T10:00:00Z");
            case "date" -> candidates.add("2026-12-01");
            case "local-time", "partial-time", "time" -> candidates.add("18:00:00");
            case "uri" -> candidates.add("https://example.org/a");
            case "email" -> candidates.add("someone@example.org");
            default -> { }
        }
        candidates.add("Sample text " + random.nextInt(1000));
        candidates.add("x");
        for (String candidate : candidates) {
            String sized = sized(s, candidate);
            if (fits(s, sized)) {
                return sized;
            }
        }
        throw new IllegalStateException("No value found for " + s + ": give the schema an example");
    }

    private static String sized(JsonNode s, String value) {
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = s.path("minLength").asInt(0);
        String sized = value.length() > max ? value.substring(0, max) : value;
        return sized.length() < min ? sized + "x".repeat(min - sized.length()) : sized;
    }

    private static boolean fits(JsonNode s, String value) {
        if (s.has("pattern") && !Pattern.compile(s.path("pattern").asText()).matcher(value).find()) {
            return false;
        }
        return value.length() <= s.path("maxLength").asInt(Integer.MAX_VALUE)
                && value.length() >= s.path("minLength").asInt(0);
    }

    /** The schema with $ref followed and a single-branch wrapper (allOf/anyOf/oneOf beside null) unwrapped. */
    JsonNode concrete(JsonNode schema) {
        JsonNode s = resolve(schema);
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (s.has(combinator) && !s.has("properties")) {
                for (JsonNode branch : s.path(combinator)) {
                    JsonNode b = resolve(branch);
                    if (!onlyNull(b)) {
                        ObjectNode merged = ((ObjectNode) concrete(b)).deepCopy();
                        // annotations beside the wrapper (example, description) apply to the value
                        s.fields().forEachRemaining(f -> {
                            if (!f.getKey().equals(combinator) && !f.getKey().equals("nullable")
                                    && !f.getKey().equals("type")) {
                                merged.set(f.getKey(), f.getValue());
                            }
                        });
                        return merged;
                    }
                }
            }
        }
        return s;
    }

    private JsonNode objectSchema(JsonNode schema) {
        JsonNode s = concrete(schema);
        return s.has("properties") ? s : null;
    }

    private static boolean onlyNull(JsonNode s) {
        return s.path("enum").size() == 1 && s.path("enum").get(0).isNull()
                || s.path("type").asText("").equals("null");
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node == null ? JSON.objectNode() : node;
        for (int i = 0; i < 20 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static Iterable<JsonNode> concat(JsonNode a, JsonNode b) {
        List<JsonNode> all = new ArrayList<>();
        a.forEach(all::add);
        b.forEach(all::add);
        return all;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
