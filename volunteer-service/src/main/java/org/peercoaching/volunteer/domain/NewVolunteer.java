package org.peercoaching.volunteer.domain;

import java.time.LocalDate;
import java.util.List;

/** A coach's profile as a coordinator enters it, validated and free of API types (registration and updates). */
public record NewVolunteer(
        String firstName,
        String lastName,
        String phone,
        String email,
        LocalDate dateOfBirth,
        String ageBand,
        Gender gender,
        Integer imdDecile,
        String lsoaCode,
        List<String> languages,
        List<String> conditionCodes,
        String livedExperienceNotes,
        Device device,
        LocalDate loanedOn,
        LocalDate loanDueBack,
        List<WeeklyWindow> callWindows,
        int competenceLevel,
        String coordinator) {}
