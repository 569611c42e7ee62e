package org.peercoaching.kit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document say everything the service can answer, so that clients generated from
 * it are right. Registered with {@code mp.openapi.filter} in every service.
 *
 * <ul>
 *   <li>Every error answer is declared with the {@code Problem} schema as {@code application/problem+json}:
 *       the statuses an operation declares itself, and the ones the HTTP layer can give any operation of that
 *       shape (400 for input, 404 for an id in the path, 413 and 415 for a body, 401/403 for a secured one,
 *       406, 414 and 431 for any; see HttpLimits for 413, 414 and 431).</li>
 *   <li>A property that is not {@code required} may be absent or null ({@code nullable}); views leave out or
 *       null what does not apply, and a generated client must accept both.</li>
 *   <li>Operation ids are the Java method names ({@code operationIdStrategy=METHOD}); where two resources use
 *       the same name ({@code list}, {@code get}) each gets its tag appended ({@code listMatches}), because an
 *       operation id must be unique in the document.</li>
 * </ul>
 */
public class ProblemContract implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> nullableUnlessRequired(schema));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        uniqueOperationIds(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            List<Parameter> shared = path.getValue().getParameters();
            path.getValue().getOperations().values().forEach(op -> declareErrors(openAPI, path.getKey(), shared, op));
        }
    }

    private static void uniqueOperationIds(OpenAPI openAPI) {
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
        Map<String, Long> uses = operations.stream().filter(op -> op.getOperationId() != null)
                .collect(java.util.stream.Collectors.groupingBy(Operation::getOperationId,
                        java.util.stream.Collectors.counting()));
        for (Operation op : operations) {
            if (op.getOperationId() != null && uses.get(op.getOperationId()) > 1 && op.getTags() != null
                    && !op.getTags().isEmpty()) {
                StringBuilder tag = new StringBuilder();
                for (String word : op.getTags().get(0).split("[^A-Za-z0-9]+")) {
                    if (!word.isEmpty()) {
                        tag.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                    }
                }
                op.setOperationId(op.getOperationId() + tag);
            }
        }
    }

    private static void declareErrors(OpenAPI openAPI, String path, List<Parameter> shared, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        List<Parameter> parameters = new ArrayList<>();
        if (shared != null) parameters.addAll(shared);
        if (op.getParameters() != null) parameters.addAll(op.getParameters());
        boolean body = op.getRequestBody() != null;
        boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty()
                : openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        // Any operation may be sent a query parameter it does not take (refused, see StrictQueryParameters).
        add(responses, "400", "Invalid input: each bad field or parameter is named in errors");
        if (path.contains("{")) {
            add(responses, "404", "No such record, or not one you may see");
        }
        if (body) {
            add(responses, "413", "The body is larger than the service accepts");
            add(responses, "415", "The body is not application/json");
        }
        if (secured || responses.hasAPIResponse("401")) {
            add(responses, "401", "No bearer token, or one the service does not accept (see WWW-Authenticate)");
            add(responses, "403", "Your role may not do this");
        }
        add(responses, "406", "The Accept header allows none of the media types this operation answers with");
        add(responses, "414", "The address is longer than the service accepts");
        add(responses, "431", "The request headers are larger than the service accepts");
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The service is stopping for a restart and did not start this request; try again after"
                            + " Retry-After seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(SchemaType.INTEGER))));
        }
        if (responses.hasAPIResponse("401")) {
            APIResponse refused = responses.getAPIResponse("401");
            if (refused.getHeaders() == null || !refused.getHeaders().containsKey("WWW-Authenticate")) {
                refused.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("Bearer, with error=\"invalid_token\" when a token was sent and refused (RFC 6750)")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
        }
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            typedHeaders(answer.getValue());
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                problemContent(answer.getValue());
            }
        }
    }

    /** A header declared without a schema is text, except Retry-After, which we always send as seconds. */
    private static void typedHeaders(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header.getSchema() == null && header.getRef() == null) {
                header.setSchema(OASFactory.createSchema().addType(
                        "Retry-After".equalsIgnoreCase(name) ? SchemaType.INTEGER : SchemaType.STRING));
            }
        });
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        if (content.getMediaTypes() == null || content.getMediaType(Problem.MEDIA_TYPE) == null) {
            content.addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        }
        if (content.getMediaType("application/json") != null
                && content.getMediaType("application/json").getSchema() == null) {
            content.removeMediaType("application/json");
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One invalid field or parameter and what is wrong with it")
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Its JSON path in the body (person.phone, conditions[0]) or the parameter name"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("What is wrong, in plain English"))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, in plain English, with each bad field named")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri")
                        .description("What kind of problem; stable, for programs to act on"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The path that was asked for"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }

    /**
     * The $ref of a property that is one, with annotations beside it (description, example): {@code $ref},
     * {@code allOf: [$ref]}, or {@code anyOf: [$ref, null]} as the scanner writes a field annotated nullable.
     */
    private static String soleRef(Schema value) {
        if (value.getRef() != null) {
            return value.getRef();
        }
        if (value.getProperties() != null) {
            return null;
        }
        List<Schema> allOf = value.getAllOf();
        if (allOf != null && allOf.size() == 1 && allOf.get(0).getRef() != null) {
            return allOf.get(0).getRef();
        }
        List<Schema> anyOf = value.getAnyOf();
        if (anyOf != null && anyOf.size() == 2) {
            List<Schema> refs = anyOf.stream().filter(s -> s.getRef() != null).toList();
            boolean otherIsNull = anyOf.stream().anyMatch(s -> s.getRef() == null && s.getType() != null
                    && s.getType().equals(List.of(SchemaType.NULL)));
            if (refs.size() == 1 && otherIsNull) {
                return refs.get(0).getRef();
            }
        }
        return null;
    }

    /**
     * A schema only null matches, as OpenAPI 3.0 writes it ({@code type: object, nullable: true, enum: [null]}).
     * A bare {@code {type: null}} beside the $ref would be written for 3.0 as {@code nullable: true, allOf: [$ref]},
     * which 3.0.3 reads as not nullable: nullable only adds null to a type in the same schema, and the allOf
     * still refuses it.
     */
    private static Schema nullOnly() {
        List<Object> onlyNull = new ArrayList<>();
        onlyNull.add(null);
        return OASFactory.createSchema().addType(SchemaType.OBJECT).addType(SchemaType.NULL).enumeration(onlyNull);
    }

    /** Not required means it may be left out or sent as null; recursively for inline object schemas. */
    private static void nullableUnlessRequired(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = schema.getProperties();
        for (Map.Entry<String, Schema> property : new ArrayList<>(properties.entrySet())) {
            Schema value = property.getValue();
            nullableUnlessRequired(value);
            if (value.getItems() != null) nullableUnlessRequired(value.getItems());
            if (required.contains(property.getKey())) {
                continue;
            }
            String ref = soleRef(value);
            if (ref != null) {
                schema.addProperty(property.getKey(), OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(ref))
                        .addAnyOf(nullOnly())
                        .description(value.getDescription())
                        .example(value.getExample()));
            } else if (value.getType() != null && !value.getType().contains(SchemaType.NULL)) {
                value.addType(SchemaType.NULL);
            }
        }
    }
}
