package org.peercoaching.volunteer.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.peercoaching.kit.api.Patterns;
import org.peercoaching.kit.reference.ConditionCatalogue;

/**
 * A SNOMED CT code the programme's condition catalogue knows (service-kit's reference/conditions.csv,
 * the same list matching scores with). A value that is not even a SNOMED id is left to its format check.
 */
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownCondition.Validator.class)
public @interface KnownCondition {

    String message() default "is not a condition the programme knows; see the condition list in docs/volunteer-api.md";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    ConditionCatalogue CATALOGUE = ConditionCatalogue.standard();

    class Validator implements ConstraintValidator<KnownCondition, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || !code.matches(Patterns.SNOMED_ID) || CATALOGUE.knows(code);
        }
    }
}
