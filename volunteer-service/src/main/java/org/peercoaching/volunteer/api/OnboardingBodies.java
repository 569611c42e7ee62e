package org.peercoaching.volunteer.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the onboarding records and lifecycle transitions. */
public final class OnboardingBodies {

    private OnboardingBodies() {}

    @Schema(description = "The self-paced training modules were all completed")
    public record ModulesCompletedBody(@NotNull @PastOrPresent @Schema(example = "2026-10-30") LocalDate completedOn) {}

    @Schema(description = "A live practice session the coach took part in")
    public record PracticeSessionBody(
            @NotNull @PastOrPresent @Schema(example = "2026-11-05") LocalDate heldOn,
            @NotBlank @Size(max = 100) @Schema(example = "j.okafor") String facilitator) {}

    @DbsBody.RenewalAfterIssue
    @Schema(description = "A DBS check (enhanced, adult workforce)")
    public record DbsBody(
            @NotNull @PastOrPresent @Schema(example = "2026-09-01") LocalDate issuedOn,
            @NotNull @Schema(description = "When the check must be renewed", example = "2029-09-01") LocalDate renewalDue,
            @Pattern(regexp = "^\\d{12}$", message = "must be the 12-digit DBS certificate number")
                    @Schema(example = "001234567890") String certificateNumber) {

        @Target(ElementType.TYPE)
        @Retention(RetentionPolicy.RUNTIME)
        @Constraint(validatedBy = RenewalAfterIssueValidator.class)
        public @interface RenewalAfterIssue {
            String message() default "must be after issuedOn";

            Class<?>[] groups() default {};

            Class<? extends Payload>[] payload() default {};
        }

        public static class RenewalAfterIssueValidator implements ConstraintValidator<RenewalAfterIssue, DbsBody> {
            @Override
            public boolean isValid(DbsBody body, ConstraintValidatorContext context) {
                if (body == null || body.issuedOn() == null || body.renewalDue() == null
                        || body.renewalDue().isAfter(body.issuedOn())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("renewalDue").addConstraintViolation();
                return false;
            }
        }
    }

    @Schema(description = "Pause an active coach (illness, holiday); the reason stays in volunteer-service")
    public record PauseBody(
            @NotBlank @Size(max = 500) @Schema(example = "Holiday") String reason,
            @FutureOrPresent @Schema(description = "When the coach expects to come back; required for a SHORT pause,"
                    + " no more than 42 days (6 weeks) from today", example = "2026-12-14")
                    LocalDate until,
            @Pattern(regexp = "^(SHORT|LONG)$", message = "must be SHORT (a break of up to 6 weeks that keeps their"
                    + " people) or LONG (their people are re-matched)")
                    @Schema(description = "SHORT: a holiday or illness of up to 6 weeks; the coach keeps their people"
                            + " and their calls in the pause are moved or skipped. LONG (the default): their people"
                            + " are re-matched with other coaches", enumeration = {"SHORT", "LONG"},
                            defaultValue = "LONG", example = "SHORT") String kind) {

        public org.peercoaching.volunteer.domain.PauseKind pauseKind() {
            return kind == null ? org.peercoaching.volunteer.domain.PauseKind.LONG
                    : org.peercoaching.volunteer.domain.PauseKind.valueOf(kind);
        }
    }

    @Schema(description = "The coach leaves the programme")
    public record LeaveBody(@Size(max = 500) @Schema(example = "Moved away") String reason) {}
}
