package org.peercoaching.matching.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.kit.api.IsoLanguage;
import org.peercoaching.kit.api.Patterns;

@Schema(description = "A referral from a PIFU pathway system")
public record SubmitReferralBody(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._:/-]+$",
                message = "may contain only letters, digits and . _ : / -")
        @Schema(description = "The pathway's own id for this referral; sending it again is safe",
                example = "RHEUM-2026-000123") String pathwayReferralId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z][a-z0-9-]*$",
                message = "must be a lower-case pathway name such as rheumatology or pain-management")
        @Schema(example = "rheumatology") String pathway,
        @NotNull @Valid PersonBody person,
        @NotEmpty @Size(max = 20)
        List<@NotNull @Pattern(regexp = Patterns.SNOMED_ID, message = Patterns.SNOMED_ID_MESSAGE) String>
                conditionCodes,
        @NotNull @Valid ActivationBody activation,
        @NotNull @Valid HomeAreaBody homeArea,
        @Pattern(regexp = "^(FEMALE|MALE|NON_BINARY)$", message = "must be FEMALE, MALE or NON_BINARY if given")
        @Schema(description = "Only coaches of this gender are offered, if given") String coachGenderPreference,
        @NotEmpty @Size(max = 21) List<@NotNull @Valid CallWindowBody> callWindows,
        @NotNull @Valid ConsentBody consent) {

    @Schema(description = "The person referred; only what coaching needs")
    public record PersonBody(
            @NotBlank @Size(max = 100) @Schema(example = "Brian") String firstName,
            @NotBlank @Size(max = 100) @Schema(example = "Jones") String lastName,
            @NotBlank @Pattern(regexp = Patterns.UK_PHONE, message = Patterns.UK_PHONE_MESSAGE)
            @Schema(example = "07700 900123") String phone,
            @NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) @IsoLanguage
            @Schema(example = "en") String language) {}

    @Schema(description = "Activation measured at referral, with any instrument (PAM-13, SEMCD-6, ...)")
    public record ActivationBody(
            @NotBlank @Size(max = 40) @Schema(example = "PAM-13") String instrument,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "44.9") BigDecimal score,
            @Min(1) @Max(4) @Schema(example = "1") Integer level,
            @NotNull @PastOrPresent @Schema(example = "2026-11-02") LocalDate measuredOn) {}

    @Schema(description = "Where the person lives: an LSOA code in England, 2021 (looked up in IMD2025) or 2011"
            + " (looked up in IMD2019 when it is not a 2021 code too), or an IMD decile (1 = most deprived 10%) if you"
            + " do not have the LSOA; at least one")
    @JsonInclude(JsonInclude.Include.NON_NULL) // keeps the idempotency fingerprint of decile-only bodies as before
    public record HomeAreaBody(
            @Pattern(regexp = "^[EeWw]0[0-9]{7}$", message = "must be an LSOA code such as E01015183")
            @Schema(example = "E01015183") String lsoaCode,
            @Min(1) @Max(10) @Schema(example = "4") Integer imdDecile) {

        @JsonIgnore
        @AssertTrue(message = "give the lsoaCode or the imdDecile")
        @Schema(hidden = true)
        public boolean isLsoaCodeOrImdDecile() {
            return lsoaCode != null || imdDecile != null;
        }
    }

    @Schema(description = "What the person agreed to")
    public record ConsentBody(
            @NotNull @AssertTrue(message = "must be true: we can only coach people who agreed to be phoned")
            Boolean contact,
            @NotNull Boolean shareGoalsWithClinicalTeam) {}
}
