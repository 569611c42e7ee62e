package org.peercoaching.volunteer.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.peercoaching.kit.api.CallWindowBody;
import org.peercoaching.volunteer.domain.Volunteer;

public record VolunteerView(
        UUID id,
        String firstName,
        String lastName,
        String phone,
        String email,
        String gender,
        int imdDecile,
        String status,
        List<String> languages,
        List<String> conditionCodes,
        List<CallWindowBody> callWindows,
        Instant registeredAt) {

    static VolunteerView of(Volunteer v) {
        return new VolunteerView(v.id, v.firstName, v.lastName, v.phone, v.email, v.gender.name(), v.imdDecile,
                v.status.name(), v.languages.stream().sorted().toList(), v.conditionCodes.stream().sorted().toList(),
                v.callWindows.stream()
                        .map(w -> new CallWindowBody(w.day(), w.start(), w.end()))
                        .sorted(Comparator.comparing(CallWindowBody::day).thenComparing(CallWindowBody::start))
                        .toList(),
                v.registeredAt);
    }
}
