package org.peercoaching.matching.api.fhir;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/**
 * Where a referral stands, in FHIR: the ServiceRequest as held (the referral) and the Task that tracks it (status,
 * stage, outcome and, once graduated, the activation measured again as a contained Observation). A pathway sees
 * what happened, never which coach or why, exactly as in the JSON API.
 */
public final class ReferralFhirView {

    private ReferralFhirView() {}

    /** What else the view needs besides the stored referral: its taper stage and place on the waiting list. */
    public record Standing(String stage, Long waitingPosition) {}

    static String personDisplay(Referral r) {
        return r.firstName + " " + (r.lastName == null || r.lastName.isEmpty() ? "" : r.lastName.charAt(0) + ".");
    }

    public static ServiceRequest serviceRequest(Referral r) {
        ServiceRequest sr = new ServiceRequest();
        sr.setId(r.id.toString());
        sr.getMeta().setLastUpdated(Date.from(r.statusChangedAt));
        sr.addIdentifier().setSystem(FhirNames.PATHWAY_REFERRAL_ID).setValue(r.pathwayReferralId);
        sr.addIdentifier().setSystem(FhirNames.REFERRAL_ID).setValue(r.id.toString());
        sr.setStatus(switch (r.status) {
            case GRADUATED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case WITHDRAWN, INELIGIBLE, ENDED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
        sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        sr.addCategory().addCoding().setSystem(FhirNames.PATHWAY).setCode(r.pathway);
        sr.setCode(new CodeableConcept().setText("Volunteer peer coaching"));
        sr.setSubject(new Reference().setDisplay(personDisplay(r)));
        sr.setAuthoredOnElement(new DateTimeType(Date.from(r.receivedAt)));
        r.conditionCodes.forEach(code -> sr.addReasonCode().addCoding().setSystem(FhirNames.SNOMED).setCode(code));
        if (r.status == ReferralStatus.WITHDRAWN && r.statusReason != null) {
            sr.addNote().setText(r.statusReason);
        }
        return sr;
    }

    public static Task task(Referral r, Standing standing) {
        Task task = new Task();
        task.setId(r.id.toString());
        task.getMeta().setLastUpdated(Date.from(r.statusChangedAt));
        task.setStatus(switch (r.status) {
            case RECEIVED -> Task.TaskStatus.RECEIVED;
            case INELIGIBLE -> Task.TaskStatus.REJECTED;
            case WAITING, PROPOSED -> Task.TaskStatus.ACCEPTED;
            case MATCHED -> Task.TaskStatus.READY;
            case IN_PROGRAMME -> Task.TaskStatus.INPROGRESS;
            case GRADUATED -> Task.TaskStatus.COMPLETED;
            case WITHDRAWN -> Task.TaskStatus.CANCELLED;
            case ENDED -> Task.TaskStatus.FAILED;
        });
        task.setIntent(Task.TaskIntent.ORDER);
        task.setBusinessStatus(new CodeableConcept().addCoding(new Coding(FhirNames.REFERRAL_STATUS, r.status.name(),
                r.status.description())).setText(r.status.description()));
        if (r.statusReason != null) {
            task.setStatusReason(new CodeableConcept().setText(r.statusReason));
        }
        task.setFocus(new Reference("ServiceRequest/" + r.id));
        task.setFor(new Reference().setDisplay(personDisplay(r)));
        task.setAuthoredOn(Date.from(r.receivedAt));
        task.setLastModified(Date.from(r.statusChangedAt));
        if (standing.waitingPosition() != null) {
            output(task, "waiting-position", "Place on the waiting list (1 = longest waiting)",
                    new IntegerType(standing.waitingPosition().intValue()));
        }
        if (r.status == ReferralStatus.WAITING) {
            output(task, "waiting-for-rematch", "Waiting for another coach after having one",
                    new org.hl7.fhir.r4.model.BooleanType(r.rematchOf != null));
        }
        if (standing.stage() != null) {
            output(task, "taper-stage", "Taper stage: WEEKLY, FORTNIGHTLY or MONTHLY", new StringType(standing.stage()));
        }
        if (r.completedAt != null) {
            if (r.outcomeCallsCompleted != null) {
                output(task, "calls-completed", "Calls completed", new IntegerType(r.outcomeCallsCompleted));
            }
            if (r.outcomeCallsMissed != null) {
                output(task, "calls-missed", "Calls missed", new IntegerType(r.outcomeCallsMissed));
            }
            if (r.outcomeEscalations != null) {
                output(task, "escalations", "Safety concerns raised", new IntegerType(r.outcomeEscalations));
            }
            if (r.outcomeActivationInstrument != null && r.outcomeActivationScore != null) {
                Observation after = activationAfter(r);
                task.addContained(after);
                output(task, "activation-after", "Activation measured again at graduation",
                        new Reference("#" + after.getIdElement().getIdPart()));
            }
        }
        return task;
    }

    /** The activation measured again at graduation. */
    static Observation activationAfter(Referral r) {
        Observation o = new Observation();
        o.setId("activation-after");
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept().addCoding(new Coding(FhirNames.ACTIVATION_INSTRUMENT,
                r.outcomeActivationInstrument, null)).setText(r.outcomeActivationInstrument + " at graduation"));
        o.setSubject(new Reference().setDisplay(personDisplay(r)));
        o.setEffective(new DateTimeType(Date.from(r.completedAt)));
        o.setValue(new Quantity().setValue(r.outcomeActivationScore).setUnit("score"));
        if (r.outcomeActivationLevel != null) {
            o.addComponent().setCode(new CodeableConcept().addCoding(new Coding(FhirNames.ACTIVATION_COMPONENT,
                    FhirNames.LEVEL, "Level"))).setValue(new IntegerType(r.outcomeActivationLevel));
        }
        return o;
    }

    private static void output(Task task, String code, String text, org.hl7.fhir.r4.model.Type value) {
        task.addOutput().setType(new CodeableConcept().addCoding(new Coding(FhirNames.TASK_OUTPUT, code, null))
                .setText(text)).setValue(value);
    }

}
