package org.peercoaching.kit.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.events.CallWindow;

/** A weekly call window in a request body, Europe/London local time ("18:00" to "20:00" on TUESDAY). */
@CallWindowBody.EndsAfterStart
@Schema(description = "A weekly window for calls, in Europe/London local time; at least 30 minutes long")
public record CallWindowBody(
        @NotNull @Schema(example = "TUESDAY") DayOfWeek day,
        @NotNull @Schema(type = SchemaType.STRING, example = "18:00") LocalTime start,
        @NotNull @Schema(type = SchemaType.STRING, example = "20:00") LocalTime end) {

    public static final int MINIMUM_MINUTES = 30;

    public CallWindow toContract() {
        return new CallWindow(day, start, end);
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EndsAfterStartValidator.class)
    public @interface EndsAfterStart {
        String message() default "must be at least 30 minutes after start, on the same day";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class EndsAfterStartValidator implements ConstraintValidator<EndsAfterStart, CallWindowBody> {
        @Override
        public boolean isValid(CallWindowBody window, ConstraintValidatorContext context) {
            if (window == null || window.start() == null || window.end() == null) {
                return true;
            }
            boolean valid = window.end().isAfter(window.start())
                    && !window.end().isBefore(window.start().plusMinutes(MINIMUM_MINUTES));
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("end")
                        .addConstraintViolation();
            }
            return valid;
        }
    }
}
