package org.peercoaching.volunteer.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Requests for every operation of an OpenAPI 3.0 document, built from its schemas alone: one plausible valid
 * request, then mutations of it that the document says are invalid (each required field missing or null, values
 * of the wrong JSON type, 100k strings, values outside an enum, empty arrays, garbage path ids, bad query values,
 * empty, non-JSON and mistyped bodies). It knows nothing of the service: what the schemas cannot say (an id that
 * exists, a code the service knows) comes from {@link Hints}. Deterministic for a given {@link Random}.
 */
final class OpenApiRequests {

    static final String HUGE = "x".repeat(100_000);
    /** Longer than any server's request line should be (Vert.x: 4096), short enough to be sent whole. */
    static final String LONG_ADDRESS_PART = "x".repeat(5_000);
    static final String JSON = "application/json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final int MAX_DEPTH = 6;

    /** One operation of the document. */
    record Operation(String method, String path, JsonNode definition, JsonNode sharedParameters) {
        String key() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> all = new ArrayList<>();
            sharedParameters.forEach(all::add);
            definition.path("parameters").forEach(all::add);
            return all.stream().filter(p -> in.equals(p.path("in").asText())).toList();
        }

        Optional<JsonNode> requestBody() {
            return Optional.ofNullable(definition.get("requestBody"));
        }
    }

    /** One request: a label saying what it tries, and what to send (a null body sends none). */
    record Call(String label, Map<String, String> pathParams, Map<String, List<String>> query, String contentType,
            String body) {

        Call with(String newLabel, String newContentType, String newBody) {
            return new Call(newLabel, pathParams, query, newContentType, newBody);
        }

        Call withPath(String newLabel, String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(pathParams);
            changed.put(name, value);
            return new Call(newLabel, changed, query, contentType, body);
        }

        Call withQuery(String newLabel, String name, List<String> values) {
            Map<String, List<String>> changed = new LinkedHashMap<>(query);
            changed.put(name, values);
            return new Call(newLabel, pathParams, changed, contentType, body);
        }
    }

    /** What the schemas cannot say; every method may answer empty to let the schema decide. */
    interface Hints {
        /** A valid value for this property, path or query parameter ({@link MissingNode}: leave it out). */
        default Optional<JsonNode> value(Operation operation, String name) {
            return Optional.empty();
        }

        /** A valid body of a media type the schema cannot describe (a CSV file). */
        default Optional<String> body(Operation operation, String mediaType) {
            return Optional.empty();
        }
    }

    private final JsonNode document;
    private final Random random;
    private final Hints hints;
    private final LocalDate today;

    OpenApiRequests(JsonNode document, Random random, Hints hints, LocalDate today) {
        this.document = document;
        this.random = random;
        this.hints = hints;
        this.today = today;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a JSON OpenAPI document", e);
        }
    }

    /** Every operation whose path starts with the prefix, in path then method order. */
    List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        Map<String, JsonNode> paths = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
        paths.forEach((path, item) -> {
            if (!path.startsWith(prefix)) {
                return;
            }
            Map<String, JsonNode> byMethod = new TreeMap<>();
            item.fields().forEachRemaining(e -> {
                if (METHODS.contains(e.getKey())) {
                    byMethod.put(e.getKey(), e.getValue());
                }
            });
            byMethod.forEach((method, definition) -> operations.add(
                    new Operation(method, path, definition, item.path("parameters"))));
        });
        return operations;
    }

    // ---------------------------------------------------------------------------------------------- valid requests

    /** A request the document says is valid; path values the caller knows win over generated ones. */
    Call valid(Operation operation, Map<String, String> knownPathValues) {
        Map<String, String> path = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            path.put(name, knownPathValues.containsKey(name) ? knownPathValues.get(name)
                    : text(sample(operation, name, parameter.path("schema"), 0)));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            Optional<JsonNode> hinted = hints.value(operation, name);
            if (hinted.isPresent() && !hinted.get().isMissingNode()) {
                query.put(name, values(hinted.get()));
            } else if (hinted.isEmpty() && parameter.path("required").asBoolean(false)) {
                query.put(name, values(sample(operation, name, parameter.path("schema"), 0)));
            }
        }
        String contentType = null;
        String body = null;
        Optional<JsonNode> requestBody = operation.requestBody();
        if (requestBody.isPresent()) {
            Iterator<String> types = requestBody.get().path("content").fieldNames();
            contentType = types.hasNext() ? types.next() : JSON;
            JsonNode schema = requestBody.get().path("content").path(contentType).path("schema");
            Optional<String> hinted = hints.body(operation, contentType);
            if (hinted.isPresent()) {
                body = hinted.get();
            } else if (isJson(contentType)) {
                body = write(sample(operation, "body", schema, 0));
            } else {
                body = text(sample(operation, "body", schema, 0));
            }
        }
        return new Call("valid", path, query, contentType, body);
    }

    private JsonNode sample(Operation operation, String name, JsonNode raw, int depth) {
        Optional<JsonNode> hinted = hints.value(operation, name);
        if (hinted.isPresent()) {
            return hinted.get();
        }
        JsonNode schema = resolve(raw);
        JsonNode example = schema.get("example");
        if (example != null && !example.isNull()) {
            return dated(schema, example);
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray()) {
            List<JsonNode> allowed = new ArrayList<>();
            values.forEach(v -> {
                if (!v.isNull()) {
                    allowed.add(v);
                }
            });
            if (!allowed.isEmpty()) {
                return allowed.get(random.nextInt(allowed.size()));
            }
        }
        if (schema.has("default") && !schema.get("default").isNull()) {
            return schema.get("default");
        }
        switch (type(schema)) {
            case "integer": {
                long value = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                return NODES.numberNode(schema.has("maximum") ? Math.min(value, schema.get("maximum").asLong()) : value);
            }
            case "number":
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
            case "boolean":
                return NODES.booleanNode(true);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < count; i++) {
                    array.add(sample(operation, name, schema.path("items"), depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > MAX_DEPTH) {
                    return object;
                }
                Set<String> required = required(schema);
                schema.path("properties").fields().forEachRemaining(p -> {
                    Optional<JsonNode> value = hints.value(operation, p.getKey());
                    if (value.isPresent()) {
                        if (!value.get().isMissingNode()) {
                            object.set(p.getKey(), value.get());
                        }
                    } else if (required.contains(p.getKey()) || p.getValue().has("example")) {
                        // optional properties only with an example of their own (not their type's): the ones
                        // the document shows in use
                        object.set(p.getKey(), sample(operation, p.getKey(), p.getValue(), depth + 1));
                    }
                });
                return object;
            }
            default:
                return NODES.textNode(string(schema));
        }
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "date":
                return today.toString();
            case "date-time":
                return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "local-time":
                return "10:00";
            default:
                int length = Math.max(schema.path("minLength").asInt(0), 6);
                return "sample".repeat(length / 6 + 1).substring(0, length);
        }
    }

    /** An example date in the future would break "past or present" rules the schema cannot express: use today. */
    private JsonNode dated(JsonNode schema, JsonNode example) {
        if ("date".equals(schema.path("format").asText()) && example.isTextual()) {
            try {
                if (LocalDate.parse(example.asText()).isAfter(today)) {
                    return NODES.textNode(today.toString());
                }
            } catch (DateTimeParseException e) {
                return example;
            }
        }
        return example;
    }

    // --------------------------------------------------------------------------------------------------- mutations

    /** Requests the document says are invalid (or, for ids no record has, that must be a 404). */
    List<Call> mutations(Operation operation, Call valid) {
        List<Call> calls = new ArrayList<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            calls.add(valid.withPath("path " + name + ": random uuid", name,
                    new UUID(random.nextLong(), random.nextLong()).toString()));
            calls.add(valid.withPath("path " + name + ": nil uuid", name, "00000000-0000-0000-0000-000000000000"));
            calls.add(valid.withPath("path " + name + ": garbage", name, garbage(12)));
            calls.add(valid.withPath("path " + name + ": word", name, "not-an-id"));
            calls.add(valid.withPath("path " + name + ": negative", name, "-1"));
            calls.add(valid.withPath("path " + name + ": huge number", name, "99999999999999999999999"));
            calls.add(valid.withPath("path " + name + ": 5k", name, LONG_ADDRESS_PART));
        }
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            JsonNode item = "array".equals(type(schema)) ? resolve(schema.path("items")) : schema;
            for (Map.Entry<String, String> bad : badQueryValues(item).entrySet()) {
                calls.add(valid.withQuery("query " + name + ": " + bad.getKey(), name, List.of(bad.getValue())));
            }
            calls.add(valid.withQuery("query " + name + ": 5k", name, List.of(LONG_ADDRESS_PART)));
        }
        Optional<JsonNode> requestBody = operation.requestBody();
        if (requestBody.isEmpty()) {
            return calls;
        }
        boolean required = requestBody.get().path("required").asBoolean(false);
        List<String> types = new ArrayList<>();
        requestBody.get().path("content").fieldNames().forEachRemaining(types::add);
        if (required) {
            calls.add(valid.with("body: none", valid.contentType(), null));
            calls.add(valid.with("body: empty", valid.contentType(), ""));
        }
        calls.add(valid.with("body: 100k garbage", valid.contentType(), HUGE));
        String unsupported = types.contains("application/xml") ? "application/octet-stream" : "application/xml";
        calls.add(valid.with("body: " + unsupported, unsupported, "<volunteer/>"));
        if (!isJson(valid.contentType())) {
            calls.add(valid.with("body: JSON instead", JSON, "{\"a\": 1}"));
            calls.add(valid.with("body: binary", valid.contentType(), garbage(200)));
            return calls;
        }
        calls.add(valid.with("body: not JSON", valid.contentType(), "this is not JSON"));
        calls.add(valid.with("body: cut short", valid.contentType(), valid.body() == null ? "{\"a\":"
                : valid.body().substring(0, Math.max(1, valid.body().length() / 2))));
        calls.add(valid.with("body: JSON null", valid.contentType(), "null"));
        calls.add(valid.with("body: JSON array", valid.contentType(), "[]"));
        calls.add(valid.with("body: JSON string", valid.contentType(), "\"text\""));
        calls.add(valid.with("body: JSON number", valid.contentType(), "42"));
        calls.add(valid.with("body: deep nesting", valid.contentType(), "[".repeat(5000) + "]".repeat(5000)));
        if (valid.body() != null) {
            JsonNode body = parse(valid.body());
            JsonNode schema = requestBody.get().path("content").path(valid.contentType()).path("schema");
            for (Map.Entry<String, JsonNode> mutation : mutate(schema, body, "", 0).entrySet()) {
                calls.add(valid.with("body " + mutation.getKey(), valid.contentType(), write(mutation.getValue())));
            }
        }
        return calls;
    }

    /** Mutations of one value at a path of the body (the root is ""), each a whole new body. */
    private Map<String, JsonNode> mutate(JsonNode raw, JsonNode root, String at, int depth) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode schema = resolve(raw);
        String type = type(schema);
        if ("object".equals(type) && depth <= MAX_DEPTH) {
            Set<String> required = required(schema);
            schema.path("properties").fields().forEachRemaining(p -> {
                String child = at.isEmpty() ? p.getKey() : at + "." + p.getKey();
                JsonNode childSchema = resolve(p.getValue());
                if (required.contains(p.getKey())) {
                    out.put(child + ": missing", edit(root, at, p.getKey(), null));
                    if (!nullable(p.getValue())) {
                        out.put(child + ": null", edit(root, at, p.getKey(), NODES.nullNode()));
                    }
                }
                for (Map.Entry<String, JsonNode> wrong : wrongValues(childSchema).entrySet()) {
                    out.put(child + ": " + wrong.getKey(), edit(root, at, p.getKey(), wrong.getValue()));
                }
                JsonNode present = at(root, child);
                if (present != null && !present.isNull()) {
                    out.putAll(mutate(p.getValue(), root, child, depth + 1));
                }
            });
        } else if ("array".equals(type) && depth <= MAX_DEPTH) {
            JsonNode array = at(root, at);
            if (array != null && array.isArray() && array.size() > 0) {
                String first = at + "[0]";
                for (Map.Entry<String, JsonNode> wrong : wrongValues(resolve(schema.path("items"))).entrySet()) {
                    out.put(first + ": " + wrong.getKey(), edit(root, at, 0, wrong.getValue()));
                }
                out.put(first + ": null", edit(root, at, 0, NODES.nullNode()));
                out.putAll(mutate(schema.path("items"), root, first, depth + 1));
            }
        }
        return out;
    }

    /** Values the schema does not allow: another JSON type, out of range, 100k, outside the enum. */
    private Map<String, JsonNode> wrongValues(JsonNode schema) {
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        switch (type(schema)) {
            case "string":
                wrong.put("number instead of string", NODES.numberNode(12345));
                wrong.put("object instead of string", NODES.objectNode().put("a", 1));
                wrong.put("100k string", NODES.textNode(HUGE));
                if (schema.has("enum")) {
                    wrong.put("not in enum", NODES.textNode("NOT_A_" + garbage(4).toUpperCase(Locale.ROOT)));
                    wrong.put("enum in lower case",
                            NODES.textNode(firstText(schema.get("enum")).toLowerCase(Locale.ROOT)));
                    wrong.put("position instead of enum name", NODES.numberNode(1));
                }
                if (schema.has("format") || schema.has("pattern")) {
                    wrong.put("garbage for " + schema.path("format").asText("pattern"), NODES.textNode(garbage(10)));
                }
                break;
            case "integer":
                wrong.put("string instead of integer", NODES.textNode("7"));
                wrong.put("fraction instead of integer", NODES.numberNode(1.5));
                wrong.put("huge integer", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                if (schema.has("minimum")) {
                    wrong.put("below minimum", NODES.numberNode(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    wrong.put("above maximum", NODES.numberNode(schema.get("maximum").asLong() + 1));
                }
                break;
            case "number":
                wrong.put("string instead of number", NODES.textNode("x"));
                wrong.put("boolean instead of number", NODES.booleanNode(true));
                break;
            case "boolean":
                wrong.put("string instead of boolean", NODES.textNode("yes"));
                wrong.put("number instead of boolean", NODES.numberNode(1));
                break;
            case "array":
                wrong.put("string instead of array", NODES.textNode("x"));
                wrong.put("object instead of array", NODES.objectNode());
                if (schema.path("minItems").asInt(0) > 0) {
                    wrong.put("empty array", NODES.arrayNode());
                }
                break;
            case "object":
                wrong.put("array instead of object", NODES.arrayNode());
                wrong.put("string instead of object", NODES.textNode("x"));
                break;
            default:
                break;
        }
        return wrong;
    }

    private Map<String, String> badQueryValues(JsonNode schema) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("garbage", garbage(10));
        bad.put("empty", "");
        switch (type(schema)) {
            case "integer":
                bad.put("word", "x");
                bad.put("fraction", "1.5");
                bad.put("huge", "99999999999999999999999");
                bad.put("negative", "-1");
                break;
            case "number":
                bad.put("word", "x");
                break;
            case "boolean":
                bad.put("word", "maybe");
                break;
            default:
                bad.put("control characters", "\u0000\u0007");
                bad.put("date-like but wrong", "2026-13-45");
                break;
        }
        return bad;
    }

    // ----------------------------------------------------------------------------------------------------- schemas

    /** The schema with $ref followed, allOf merged and the first non-null anyOf/oneOf branch taken. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int guard = 0; guard < 20; guard++) {
            if (current.has("$ref")) {
                current = merge(current, pointer(current.get("$ref").asText()), "$ref");
            } else if (current.has("allOf")) {
                JsonNode merged = without(current, "allOf");
                for (JsonNode part : current.get("allOf")) {
                    merged = merge(merged, resolve(part), null);
                }
                current = merged;
            } else if (current.has("anyOf") || current.has("oneOf")) {
                String key = current.has("anyOf") ? "anyOf" : "oneOf";
                JsonNode branch = null;
                for (JsonNode part : current.get(key)) {
                    if (!nullOnly(part)) {
                        branch = part;
                        break;
                    }
                }
                current = merge(without(current, key), branch == null ? NODES.objectNode() : resolve(branch), null);
            } else {
                return current;
            }
        }
        return current;
    }

    private boolean nullable(JsonNode raw) {
        if (raw.path("nullable").asBoolean(false)) {
            return true;
        }
        for (String key : List.of("anyOf", "oneOf")) {
            for (JsonNode part : raw.path(key)) {
                if (nullOnly(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nullOnly(JsonNode schema) {
        JsonNode values = schema.get("enum");
        return values != null && values.size() == 1 && values.get(0).isNull();
    }

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "";
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new java.util.HashSet<>();
        schema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        return document.at(ref.substring(1));
    }

    /** The outer schema's own keywords win over the referenced one's (an example beside a $ref). */
    private static JsonNode merge(JsonNode outer, JsonNode inner, String drop) {
        ObjectNode merged = inner.isObject() ? ((ObjectNode) inner).deepCopy() : NODES.objectNode();
        outer.fields().forEachRemaining(e -> {
            if (drop != null && drop.equals(e.getKey())) {
                return;
            }
            if ("properties".equals(e.getKey()) && merged.has("properties")) {
                ((ObjectNode) merged.get("properties")).setAll((ObjectNode) e.getValue().deepCopy());
            } else if ("required".equals(e.getKey()) && merged.has("required")) {
                ((ArrayNode) merged.get("required")).addAll((ArrayNode) e.getValue().deepCopy());
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private static JsonNode without(JsonNode schema, String key) {
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove(key);
        return copy;
    }

    // ------------------------------------------------------------------------------------------------------ values

    /** A copy of the body with the property (or array element) at the path set, or removed when value is null. */
    private static JsonNode edit(JsonNode root, String parentPath, Object key, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, parentPath);
        if (parent instanceof ObjectNode object && key instanceof String name) {
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array && key instanceof Integer index) {
            array.set(index, value);
        }
        return copy;
    }

    /** The node at a path such as "callWindows[0].day" ("" is the root); null if there is none. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode current = root;
        if (path.isEmpty()) {
            return current;
        }
        for (String step : path.split("\\.")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (!name.isEmpty()) {
                current = current == null ? null : current.get(name);
            }
            int from = step.indexOf('[');
            while (from >= 0 && current != null) {
                int to = step.indexOf(']', from);
                current = current.get(Integer.parseInt(step.substring(from + 1, to)));
                from = step.indexOf('[', to);
            }
        }
        return current;
    }

    private String garbage(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789!$'()*,;=@~ äöü€";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String firstText(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return "x";
    }

    private static List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> out.add(text(v)));
        } else {
            out.add(text(node));
        }
        return out;
    }

    static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : write(node);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.startsWith(JSON) || mediaType.contains("+json"));
    }
}
