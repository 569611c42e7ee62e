package org.peercoaching.volunteer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.kit.api.Patterns;
import org.peercoaching.volunteer.domain.Gender;
import org.peercoaching.volunteer.domain.NewVolunteer;
import org.peercoaching.volunteer.domain.WeeklyWindow;

@Schema(description = "A volunteer coach to register")
public record RegisterVolunteerBody(
        @NotBlank @Size(max = 100) @Schema(example = "Aisha") String firstName,
        @NotBlank @Size(max = 100) @Schema(example = "Khan") String lastName,
        @NotBlank @Pattern(regexp = Patterns.UK_PHONE, message = Patterns.UK_PHONE_MESSAGE)
                @Schema(example = "07700 900456") String phone,
        @Email @Size(max = 254) @Schema(example = "aisha.khan@example.org") String email,
        @NotNull Gender gender,
        @NotNull @Min(1) @Max(10) @Schema(description = "IMD 2019 decile of home area, 1 = most deprived", example = "2")
                Integer imdDecile,
        @NotEmpty @Size(max = 10)
                List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> languages,
        @NotEmpty @Size(max = 20)
                List<@NotNull @Pattern(regexp = Patterns.SNOMED_ID, message = Patterns.SNOMED_ID_MESSAGE) String>
                        conditionCodes,
        @NotEmpty @Size(max = 21) List<@NotNull @Valid CallWindowBody> callWindows) {

    NewVolunteer toDomain() {
        return new NewVolunteer(firstName, lastName, phone, email, gender, imdDecile,
                languages.stream().distinct().toList(), conditionCodes.stream().distinct().toList(),
                callWindows.stream().map(w -> new WeeklyWindow(w.day(), w.start(), w.end())).distinct().toList());
    }
}
