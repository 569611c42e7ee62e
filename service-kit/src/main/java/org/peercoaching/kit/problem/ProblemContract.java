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
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
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
 *       shape (400 for input, also a query parameter an operation does not take, 404 for an id in the path, 413 and 415 for a body, 401/403 for a secured one,
 *       406, 414 and 431 for any). 414 and 431 come from the HTTP server before the service sees the request,
 *       with no body, and are declared so.</li>
 *   <li>A property that is not {@code required} may be absent or null ({@code nullable}); views leave out or
 *       null what does not apply, and a generated client must accept both.</li>
 * </ul>
 */
public class ProblemContract implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    /** Refused by the HTTP server (Vert.x) while reading the request line or headers: an empty answer. */
    private static final List<String> HTTP_SERVER_REFUSALS = List.of("414", "431");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        if (components.getSchemas() != null) {
            Map<String, Schema> schemas = components.getSchemas();
            schemas.forEach((name, schema) -> nullableUnlessRequired(schema, schemas));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            List<Parameter> shared = path.getValue().getParameters();
            path.getValue().getOperations().values().forEach(op -> declareErrors(openAPI, path.getKey(), shared, op));
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
        add(responses, "414", "The address is longer than the service accepts (no body: the HTTP server refuses it"
                + " before the service reads it)");
        add(responses, "431", "The request headers are larger than the service accepts (no body: the HTTP server"
                + " refuses them before the service reads them)");
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (HTTP_SERVER_REFUSALS.contains(answer.getKey()) && answer.getValue().getContent() == null) {
                continue;
            }
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                problemContent(answer.getValue());
            }
        }
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

    /**
     * The property written out in place when it refers ({@code $ref}, or {@code allOf} of one {@code $ref}) to a
     * component that is a plain value (a string, number or boolean, not an object or list); otherwise null.
     */
    private static Schema plainValue(Schema property, Map<String, Schema> components) {
        String ref = property.getRef();
        if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
            ref = property.getAllOf().get(0).getRef();
        }
        if (ref == null && property.getAnyOf() != null) { // anyOf: [{$ref}, {type: null}] from nullable = true
            List<Schema> options = property.getAnyOf().stream()
                    .filter(o -> o.getType() == null || !o.getType().equals(List.of(SchemaType.NULL))).toList();
            ref = options.size() == 1 ? options.get(0).getRef() : null;
        }
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return null;
        }
        Schema target = components.get(ref.substring("#/components/schemas/".length()));
        if (target == null || target.getRef() != null || target.getProperties() != null || target.getType() == null
                || target.getType().size() != 1 || target.getType().contains(SchemaType.OBJECT)
                || target.getType().contains(SchemaType.ARRAY)) {
            return null;
        }
        Schema plain = OASFactory.createSchema().type(new ArrayList<>(target.getType()))
                .format(target.getFormat()).pattern(target.getPattern())
                .minLength(target.getMinLength()).maxLength(target.getMaxLength())
                .minimum(target.getMinimum()).maximum(target.getMaximum())
                .description(target.getDescription()).example(target.getExample())
                .externalDocs(target.getExternalDocs());
        if (target.getEnumeration() != null) {
            plain.enumeration(new ArrayList<>(target.getEnumeration()));
        }
        // what the property says of itself wins over the component
        if (property.getDescription() != null) plain.description(property.getDescription());
        if (property.getExample() != null) plain.example(property.getExample());
        if (property.getPattern() != null) plain.pattern(property.getPattern());
        if (property.getMaxLength() != null) plain.maxLength(property.getMaxLength());
        if (property.getMinLength() != null) plain.minLength(property.getMinLength());
        if (property.getDefaultValue() != null) plain.defaultValue(property.getDefaultValue());
        if (property.getReadOnly() != null) plain.readOnly(property.getReadOnly());
        if (property.getWriteOnly() != null) plain.writeOnly(property.getWriteOnly());
        if (property.getDeprecated() != null) plain.deprecated(property.getDeprecated());
        return plain;
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
     * Not required means it may be left out or sent as null; recursively for inline object schemas. In OpenAPI 3.0
     * {@code nullable} does not reach into a {@code $ref} or {@code allOf}, so a reference to a plain value (Instant,
     * LocalDate, UUID...) is written out in place, where it can be nullable.
     */
    private static void nullableUnlessRequired(Schema schema, Map<String, Schema> components) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = schema.getProperties();
        for (Map.Entry<String, Schema> property : new ArrayList<>(properties.entrySet())) {
            Schema value = property.getValue();
            nullableUnlessRequired(value, components);
            if (value.getItems() != null) nullableUnlessRequired(value.getItems(), components);
            if (required.contains(property.getKey())) {
                continue;
            }
            Schema plain = plainValue(value, components);
            if (plain != null) {
                schema.addProperty(property.getKey(), plain.addType(SchemaType.NULL));
            } else if (value.getRef() != null) {
                schema.addProperty(property.getKey(), OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(value.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL))
                        .description(value.getDescription()));
            } else if (value.getType() != null && !value.getType().contains(SchemaType.NULL)) {
                value.addType(SchemaType.NULL);
            }
        }
    }
}
