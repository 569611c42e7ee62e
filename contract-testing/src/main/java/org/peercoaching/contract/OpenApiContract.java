package org.peercoaching.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Holds every API call a test makes to the service's own OpenAPI document, read live from {@code /q/openapi}.
 *
 * <ul>
 *   <li>The answer must be declared: its status, its media type and its body's schema (errors are
 *       problem+json).</li>
 *   <li>No 5xx, ever: a server error is a defect whatever the input.</li>
 *   <li>A request the document says is invalid must be refused with a 4xx; accepting it means the document
 *       promises less than the service does (or the service checks less than it promises).</li>
 * </ul>
 *
 * Requests outside {@code /api/} (health, metrics, the document itself) are not part of the contract.
 */
public final class OpenApiContract implements Filter {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        bearerAsHeader(request);
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/")) {
            return response;
        }
        String call = request.getMethod() + " " + uri.getPath() + " -> " + response.statusCode();
        if (response.statusCode() >= 500) {
            throw new AssertionError("Server error on " + call + ": " + response.asString());
        }
        OpenApiInteractionValidator validator = validatorFor(uri);
        ValidationReport answer = validator.validateResponse(uri.getPath(),
                Request.Method.valueOf(request.getMethod()), RestAssuredResponse.of(response));
        if (undeclaredAndRefused(answer, response)) {
            return response;
        }
        if (answer.hasErrors()) {
            throw new AssertionError("The answer to " + call + " is not what the OpenAPI document declares:\n"
                    + describe(answer) + "\nbody: " + abbreviate(response.asString()));
        }
        ValidationReport question = validator.validateRequest(RestAssuredRequest.of(request));
        if (question.hasErrors() && response.statusCode() < 400) {
            throw new AssertionError("The service accepted " + call + " though the OpenAPI document says the request"
                    + " is invalid:\n" + describe(question));
        }
        return response;
    }

    /**
     * RestAssured sends a token given with {@code auth().oauth2(token)} only when it writes the HTTP request, after
     * the filters, so the validator would see a request without it ("security parameters missing"). The same
     * header, set on the request itself too, is sent exactly as before and seen by the validator.
     */
    private static void bearerAsHeader(FilterableRequestSpecification request) {
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2
                && oauth2.getAccessToken() != null && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + oauth2.getAccessToken());
        }
    }

    /**
     * A path the document does not have (404), or a method it does not have on a path (405), answered as a
     * problem: the document promises nothing there, and the service offers nothing. Any other answer there fails.
     */
    private static boolean undeclaredAndRefused(ValidationReport answer, Response response) {
        List<String> keys = answer.getMessages().stream().map(ValidationReport.Message::getKey).toList();
        boolean problem = response.contentType() != null && response.contentType().startsWith("application/problem+json");
        return problem && ((response.statusCode() == 404 && keys.equals(List.of("validation.request.path.missing")))
                || (response.statusCode() == 405 && keys.equals(List.of("validation.request.operation.notAllowed"))));
    }

    private static OpenApiInteractionValidator validatorFor(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        return VALIDATORS.computeIfAbsent(origin, o -> OpenApiInteractionValidator
                .createForInlineApiSpecification(document(o))
                .withLevelResolver(LevelResolver.create()
                        // Our documents' formats (uuid, int64) are checked by the schema's pattern and type.
                        .withLevel("validation.schema.unknownFormat", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static String document(String origin) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("No OpenAPI document at " + origin + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Could not read the OpenAPI document at " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted reading the OpenAPI document", e);
        }
    }

    private static String describe(ValidationReport report) {
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        return errors.stream().map(m -> "  - [" + m.getKey() + "] " + m.getMessage()
                + m.getContext().flatMap(c -> c.getPointers().map(p -> " at " + p.getInstance())).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
