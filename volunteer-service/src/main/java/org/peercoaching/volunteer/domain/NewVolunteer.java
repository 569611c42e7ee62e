package org.peercoaching.volunteer.domain;

import java.util.List;

/** A validated registration, already free of API types. */
public record NewVolunteer(
        String firstName,
        String lastName,
        String phone,
        String email,
        Gender gender,
        int imdDecile,
        List<String> languages,
        List<String> conditionCodes,
        List<WeeklyWindow> callWindows) {}
