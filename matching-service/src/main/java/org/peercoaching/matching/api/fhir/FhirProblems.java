package org.peercoaching.matching.api.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.peercoaching.kit.problem.Problem;

/**
 * Under /fhir every refusal is a FHIR OperationOutcome, never problem+json: the service's own problems (sign-in,
 * role, unknown id, a bad query, an unsupported media type, ...) are turned into one here, with the same status,
 * the same plain-English words and each named field as an issue's expression.
 */
public class FhirProblems {

    private final Fhir fhir;

    public FhirProblems(Fhir fhir) {
        this.fhir = fhir;
    }

    @ServerResponseFilter
    public void asOperationOutcome(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path == null || !path.startsWith("/fhir/") || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        response.setEntity(fhir.write(outcomeOf(problem)), null, MediaType.valueOf(Fhir.JSON));
    }

    static OperationOutcome outcomeOf(Problem problem) {
        IssueType type = typeOf(problem.status());
        String words = problem.title() + (problem.detail() == null ? "" : ". " + problem.detail());
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return Outcomes.of(type, words);
        }
        return Outcomes.of(problem.errors().stream()
                .map(e -> new Outcomes.Located(e.field(), e.message(), type)).toList());
    }

    static IssueType typeOf(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 409 -> IssueType.CONFLICT;
            case 413, 414, 431 -> IssueType.TOOLONG;
            case 406, 405, 415 -> IssueType.NOTSUPPORTED;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }

}
