package org.peercoaching.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peercoaching.web.services.ServiceProblem;

class FormErrorsTest {

    static ServiceProblem problem(ServiceProblem.FieldError... errors) {
        return new ServiceProblem(400, "Invalid request", "Some fields need correcting", List.of(errors), null);
    }

    static ServiceProblem.FieldError error(String field, String message) {
        return new ServiceProblem.FieldError(field, message);
    }

    @Test
    void aServiceFieldPathShowsNextToTheFormFieldItMapsTo() {
        FormErrors errors = FormErrors.from(problem(error("goals.wayForward", "must not be blank")),
                Map.of("goals.wayForward", "wayForward"));
        assertTrue(errors.any());
        assertTrue(errors.has("wayForward"));
        assertFalse(errors.has("goals.wayForward"));
        assertEquals("Must not be blank", errors.get("wayForward"));
        assertEquals("", errors.summary(), "nothing left over for the summary");
    }

    @Test
    void aFieldTheFormDoesNotShowGoesToTheSummaryInPlainWords() {
        FormErrors errors = FormErrors.from(problem(error("detail", "is required"), error("PLAN_STATE", "is closed")),
                Map.of("detail", "detail"));
        assertEquals("Is required", errors.get("detail"));
        assertEquals("Plan state: is closed.", errors.summary());
        assertFalse(errors.has("PLAN_STATE"));
    }

    @Test
    void twoMessagesForOneFieldAreMergedNotLost() {
        FormErrors errors = FormErrors.from(problem(error("durationMinutes", "must be at least 1"),
                error("durationMinutes", "must be a whole number")), Map.of("durationMinutes", "durationMinutes"));
        assertEquals("Must be at least 1 Must be a whole number", errors.get("durationMinutes"));
        assertEquals(1, errors.entries().size());
    }

    @Test
    void twoServiceFieldsShowingInOneFormFieldAreMerged() {
        FormErrors errors = FormErrors.from(problem(error("goals.goal", "is too long"), error("goal", "is required")),
                Map.of("goals.goal", "goal", "goal", "goal"));
        assertEquals("Is too long Is required", errors.get("goal"));
    }

    @Test
    void withNoFieldErrorsTheSummaryIsTheServicesDetail() {
        FormErrors errors = FormErrors.from(problem(), Map.of());
        assertTrue(errors.any());
        assertEquals("Some fields need correcting", errors.summary());
        FormErrors titleOnly = FormErrors.from(new ServiceProblem(409, "Call already recorded", null, null, null),
                Map.of());
        assertEquals("Call already recorded", titleOnly.summary());
    }

    @Test
    void fieldsKeepTheOrderTheServiceGaveThem() {
        FormErrors errors = FormErrors.from(problem(error("outcome", "is required"), error("confidence", "must be 1 to 10"),
                error("goals.topic", "is too long")), VolunteerFields.OUTCOME);
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

    @Test
    void anEmptyMessageDoesNotBreakTheSentence() {
        FormErrors errors = FormErrors.from(problem(error("detail", "")), Map.of("detail", "detail"));
        assertTrue(errors.has("detail"));
        assertEquals("", errors.get("detail"));
    }

    static final class VolunteerFields {
        static final Map<String, String> OUTCOME = Map.of("outcome", "outcome", "confidence", "confidence",
                "goals.topic", "topic");
    }
}
