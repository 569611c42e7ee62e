package org.peercoaching.volunteer.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.kit.api.IsoLanguage;
import org.peercoaching.kit.api.Patterns;
import org.peercoaching.volunteer.domain.Device;
import org.peercoaching.volunteer.domain.Gender;
import org.peercoaching.volunteer.domain.NewVolunteer;
import org.peercoaching.volunteer.domain.WeeklyWindow;

/** A coach's profile: the body of registration (POST) and of a profile update (PUT), and one CSV row. */
@VolunteerProfileBody.Consistent
@Schema(description = "A volunteer coach's profile")
public record VolunteerProfileBody(
        @NotBlank @Size(max = 100) @Schema(example = "Aisha") String firstName,
        @NotBlank @Size(max = 100) @Schema(example = "Khan") String lastName,
        @NotBlank @Pattern(regexp = Patterns.UK_PHONE, message = Patterns.UK_PHONE_MESSAGE)
                @Schema(example = "07700 900456") String phone,
        @Email @Size(max = 254) @Schema(example = "aisha.khan@example.org") String email,
        @Past @Schema(description = "Date of birth; or give ageBand instead", example = "1968-04-12") LocalDate dateOfBirth,
        @Pattern(regexp = AGE_BAND, message = AGE_BAND_MESSAGE) @Schema(example = "55-64") String ageBand,
        @NotNull Gender gender,
        @Min(1) @Max(10) @Schema(description = "IMD 2019 decile of home area, 1 = most deprived", example = "2")
                Integer imdDecile,
        @Pattern(regexp = LSOA, message = LSOA_MESSAGE)
                @Schema(description = "2011 LSOA code of home area (England E01..., Wales W01...)", example = "E01000001")
                String lsoaCode,
        @NotEmpty @Size(max = 10)
                List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) @IsoLanguage String> languages,
        @NotEmpty @Size(max = 20)
                List<@NotNull @Pattern(regexp = Patterns.SNOMED_ID, message = Patterns.SNOMED_ID_MESSAGE) @KnownCondition
                        String> conditionCodes,
        @Size(max = 2000) @Schema(description = "Lived-experience notes for the coordinator; never sent in events")
                String livedExperienceNotes,
        @Schema(description = "OWN_DEVICE (default) or BORROWED_KIT") Device device,
        @Schema(description = "When borrowed kit was lent") LocalDate loanedOn,
        @Schema(description = "When borrowed kit is due back; required for BORROWED_KIT") LocalDate loanDueBack,
        @NotEmpty @Size(max = 21) List<@NotNull @Valid CallWindowBody> callWindows,
        @Min(1) @Max(5) @Schema(description = "1 (new coach, default) to 5", example = "1") Integer competenceLevel,
        @Size(max = 100) @Schema(description = "The coordinator who looks after this coach", example = "j.okafor")
                String coordinator) {

    public static final String LSOA = "^[EW]0\\d{7}$";
    public static final String LSOA_MESSAGE = "must be an LSOA code such as E01000001";
    public static final String AGE_BAND = "^(18-24|25-34|35-44|45-54|55-64|65-74|75\\+)$";
    public static final String AGE_BAND_MESSAGE = "must be one of 18-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+";

    NewVolunteer toDomain() {
        return new NewVolunteer(firstName, lastName, phone, email, dateOfBirth, ageBand, gender, imdDecile, lsoaCode,
                languages.stream().distinct().toList(), conditionCodes.stream().distinct().toList(),
                livedExperienceNotes, device == null ? Device.OWN_DEVICE : device, loanedOn, loanDueBack,
                callWindows.stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).distinct().toList(),
                competenceLevel == null ? 1 : competenceLevel, coordinator);
    }

    /** Rules across fields: a home area is given; borrowed kit has a due-back date after the loan date. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistentValidator.class)
    public @interface Consistent {
        String message() default "is inconsistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class ConsistentValidator implements ConstraintValidator<Consistent, VolunteerProfileBody> {
        @Override
        public boolean isValid(VolunteerProfileBody body, ConstraintValidatorContext context) {
            if (body == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (body.imdDecile() == null && (body.lsoaCode() == null || body.lsoaCode().isBlank())) {
                valid = violation(context, "imdDecile", "give the home area as an IMD decile, an LSOA code or both");
            }
            if (body.device() == Device.BORROWED_KIT && body.loanDueBack() == null) {
                valid = violation(context, "loanDueBack", "is needed when the coach borrows kit");
            }
            if (body.loanedOn() != null && body.loanDueBack() != null && body.loanDueBack().isBefore(body.loanedOn())) {
                valid = violation(context, "loanDueBack", "must not be before loanedOn");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
