package org.peercoaching.kit.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A language code that ISO 639 really has ("en", "cy", "ur"; "xx" and "zz" are refused), checked against
 * java.util.Locale's ISO 639 list ({@link Patterns#isIsoLanguage}). Goes with {@code @Pattern(regexp =
 * Patterns.LANGUAGE)}, which declares the shape in the OpenAPI document and reports a badly shaped code; this one
 * reports only a well shaped code that is not a language.
 */
@Documented
@Constraint(validatedBy = IsoLanguage.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoLanguage {

    String message() default Patterns.LANGUAGE_UNKNOWN_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoLanguage, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !value.matches(Patterns.LANGUAGE) || Patterns.isIsoLanguage(value);
        }
    }
}
