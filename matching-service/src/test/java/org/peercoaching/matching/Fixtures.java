package org.peercoaching.matching;

import java.util.UUID;

/** Request and event bodies used across the matching tests. */
public final class Fixtures {

    private Fixtures() {}

    public static String volunteerRegistered(UUID volunteerId, String firstName, String gender) {
        return """
                {"specversion":"1.0","id":"%s","source":"volunteer-service","type":"volunteer.registered.v1",
                 "subject":"%s","time":"2026-11-23T09:30:00Z","datacontenttype":"application/json",
                 "data":{"volunteerId":"%s","firstName":"%s","status":"ACTIVE","gender":"%s",
                   "languages":["en"],"conditionCodes":["69896004"],"imdDecile":3,
                   "callWindows":[{"day":"TUESDAY","start":"18:00:00","end":"20:00:00"}]}}
                """.formatted(UUID.randomUUID(), volunteerId, volunteerId, firstName, gender);
    }

    public static String referral(String pathwayReferralId, String genderPreference) {
        String preference = genderPreference == null ? "null" : "\"" + genderPreference + "\"";
        return """
                {"pathwayReferralId":"%s","pathway":"rheumatology",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123","language":"en"},
                 "conditionCodes":["69896004"],
                 "activation":{"instrument":"PAM-13","score":44.9,"level":1,"measuredOn":"2026-11-02"},
                 "homeArea":{"imdDecile":2},
                 "coachGenderPreference":%s,
                 "callWindows":[{"day":"TUESDAY","start":"17:00","end":"19:00"}],
                 "consent":{"contact":true,"shareGoalsWithClinicalTeam":true}}
                """.formatted(pathwayReferralId, preference);
    }
}
