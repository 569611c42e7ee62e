package org.peercoaching.matching.domain.match;

import java.util.Collection;
import org.peercoaching.matching.domain.WeeklyWindow;

/** What the scorer needs to know about the person being matched. */
public record PersonNeeds(
        Collection<String> conditionCodes,
        int imdDecile,
        String language,
        Collection<WeeklyWindow> callWindows,
        String coachGenderPreference) {}
