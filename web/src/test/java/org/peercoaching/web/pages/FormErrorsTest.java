package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.services.ServiceProblem;

/**
 * A service's problem+json is written for developers ("must be less than or equal to 10", "Is required: COMPLETED,
 * NO_ANSWER, RESCHEDULED or CANCELLED", "[0].<list element> must be ..."); what a person reads is the page's own
 * sentence for the field, naming it, as in the NHS design system's error summary.
 */
class FormErrorsTest {

    static ServiceProblem problem(ServiceProblem.FieldError... errors) {
        return new ServiceProblem(400, "Invalid request", "Some fields need correcting", List.of(errors), null);
    }

    static ServiceProblem.FieldError error(String field, String message) {
        return new ServiceProblem.FieldError(field, message);
    }

    static final FormErrors.Fields OUTCOME = FormErrors.fields()
            .field("outcome", "outcome", "What happened", "Choose what happened on the call")
            .field("durationMinutes", "durationMinutes", "How many minutes you talked",
                    "Enter how many minutes you talked, from 1 to 180")
            .field("confidence", "confidence", "How confident they feel", "Enter how confident they feel, from 1 to 10")
            .field("goals.wayForward", "wayForward", "Their next step", "Enter their next step")
            .field("goals.topic", "topic", "Topic", "Enter the topic");

    @Test
    void aServiceFieldPathShowsNextToTheFormFieldItMapsToInThePagesWords() {
        FormErrors errors = FormErrors.from(problem(error("confidence", "must be less than or equal to 10")), OUTCOME);
        assertTrue(errors.has("confidence"));
        assertEquals("Enter how confident they feel, from 1 to 10", errors.get("confidence"));
        assertEquals("", errors.summary(), "nothing left over for the summary");
    }

    @Test
    void theServicesCodesNeverReachThePage() {
        FormErrors errors = FormErrors.from(problem(
                error("outcome", "is required: COMPLETED, NO_ANSWER, RESCHEDULED or CANCELLED")), OUTCOME);
        assertEquals("Choose what happened on the call", errors.get("outcome"));
    }

    @Test
    void twoFieldsRequiredForACompletedCallAreEachNamedInTheSummary() {
        FormErrors errors = FormErrors.from(problem(error("durationMinutes", "is required for a completed call"),
                error("confidence", "is required for a completed call: 1 to 10")), OUTCOME);
        assertEquals(List.of(Map.entry("durationMinutes", "Enter how many minutes you talked, from 1 to 180"),
                Map.entry("confidence", "Enter how confident they feel, from 1 to 10")), errors.entries());
    }

    @Test
    void aLengthProblemSaysWhichFieldAndHowLong() {
        FormErrors errors = FormErrors.from(problem(error("goals.wayForward", "must be at most 1000 characters")),
                OUTCOME);
        assertEquals("Their next step must be 1000 characters or fewer", errors.get("wayForward"));
        FormErrors size = FormErrors.from(problem(error("goals.topic", "size must be between 0 and 1000")), OUTCOME);
        assertEquals("Topic must be 1000 characters or fewer", size.get("topic"));
    }

    @Test
    void aListElementOfAFieldIsThatField() {
        FormErrors.Fields codes = FormErrors.fields().field("conditionCodes", "conditions", "Conditions",
                "Choose conditions from the list");
        FormErrors errors = FormErrors.from(problem(error("conditionCodes[0].<list element>",
                "must be a SNOMED CT concept id")), codes);
        assertEquals("Choose conditions from the list", errors.get("conditions"));
        FormErrors indexed = FormErrors.from(problem(error("conditionCodes[1]", "is not known")), codes);
        assertEquals("Choose conditions from the list", indexed.get("conditions"));
    }

    @Test
    void aFieldTheFormDoesNotShowGoesToTheSummaryWithoutTheServicesWords() {
        FormErrors errors = FormErrors.from(problem(error("PLAN_STATE", "is closed"), error("x[0].<list element>",
                "must be less than or equal to 10")), OUTCOME);
        assertFalse(errors.summary().contains("PLAN_STATE") || errors.summary().contains("Plan state")
                || errors.summary().contains("list element") || errors.summary().contains("less than"), errors.summary());
        assertEquals("Something you entered could not be saved. Check your answers and try again.", errors.summary());
        assertTrue(errors.entries().isEmpty());
    }

    @Test
    void twoMessagesForOneFieldShowOnce() {
        FormErrors errors = FormErrors.from(problem(error("durationMinutes", "must be at least 1 minute"),
                error("durationMinutes", "must be a whole number")), OUTCOME);
        assertEquals("Enter how many minutes you talked, from 1 to 180", errors.get("durationMinutes"));
        assertEquals(1, errors.entries().size());
    }

    @Test
    void withNoFieldErrorsTheSummaryIsTheServicesDetail() {
        FormErrors errors = FormErrors.from(problem(), OUTCOME);
        assertTrue(errors.any());
        assertEquals("Some fields need correcting", errors.summary());
        FormErrors titleOnly = FormErrors.from(new ServiceProblem(409, "Call already recorded", null, null, null),
                OUTCOME);
        assertEquals("Call already recorded", titleOnly.summary());
    }

    @Test
    void fieldsKeepTheOrderTheServiceGaveThem() {
        FormErrors errors = FormErrors.from(problem(error("outcome", "is required"), error("confidence", "must be 1 to 10"),
                error("goals.topic", "is too long")), OUTCOME);
        assertEquals(List.of("outcome", "confidence", "topic"), errors.entries().stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void formsWithNothingWrongShowNothing() {
        assertFalse(FormErrors.NONE.any());
        assertEquals("", FormErrors.NONE.get("name"));
        assertEquals("", FormErrors.NONE.summary());
        FormErrors typed = FormErrors.of(Map.of("name", "Enter your sign-in name"));
        assertTrue(typed.any());
        assertEquals("Enter your sign-in name", typed.get("name"));
    }
}
