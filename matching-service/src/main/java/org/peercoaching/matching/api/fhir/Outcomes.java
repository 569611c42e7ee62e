package org.peercoaching.matching.api.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcomes in plain English, each problem located by a FHIRPath expression where it has a place. */
final class Outcomes {

    private Outcomes() {}

    record Located(String expression, String message, IssueType type) {}

    static OperationOutcome of(IssueType type, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message)
                .getDetails().setText(message);
        return outcome;
    }

    static OperationOutcome of(List<Located> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (Located p : problems) {
            String where = p.expression() == null ? "" : p.expression();
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR).setCode(p.type())
                    .setDiagnostics(where.isEmpty() ? p.message() : where + ": " + p.message());
            issue.getDetails().setText(p.message());
            if (!where.isEmpty()) {
                issue.addExpression(where);
            }
        }
        return outcome;
    }
}
