package org.peercoaching.matching;

import java.util.UUID;

/** Request and event bodies used across the matching tests. */
public final class Fixtures {

    private Fixtures() {}

    public static String volunteerRegistered(UUID volunteerId, String firstName, String gender) {
        return volunteerEvent("volunteer.registered.v1", volunteerId, firstName, gender, "ACTIVE");
    }

    /** Any volunteer.*.v1 event: they all carry the coach's snapshot after the change. */
    public static String volunteerEvent(String type, UUID volunteerId, String firstName, String gender, String status) {
        return """
                {"specversion":"1.0","id":"%s","source":"volunteer-service","type":"%s",
                 "subject":"%s","time":"2026-11-23T09:30:00Z","datacontenttype":"application/json",
                 "data":{"volunteerId":"%s","firstName":"%s","status":"%s","gender":"%s",
                   "languages":["en"],"conditionCodes":["69896004"],"imdDecile":3,
                   "callWindows":[{"day":"TUESDAY","start":"18:00:00","end":"20:00:00"}],
                   "competenceLevel":1,"pausedUntil":null}}
                """.formatted(UUID.randomUUID(), type, volunteerId, volunteerId, firstName, status, gender);
    }

    public static String stageChanged(UUID matchId, UUID referralId, UUID volunteerId, String from, String to) {
        String fromJson = from == null ? "null" : "\"" + from + "\"";
        return """
                {"specversion":"1.0","id":"%s","source":"schedule-service","type":"schedule.stage-changed.v1",
                 "subject":"%s","time":"2026-11-23T09:30:00Z","datacontenttype":"application/json",
                 "data":{"planId":"%s","matchId":"%s","referralId":"%s","volunteerId":"%s",
                   "fromStage":%s,"toStage":"%s","changedAt":"2026-11-23T09:30:00Z"}}
                """.formatted(UUID.randomUUID(), referralId, referralId, matchId, referralId, volunteerId, fromJson, to);
    }

    public static String programmeCompleted(UUID referralId, UUID volunteerId) {
        return """
                {"specversion":"1.0","id":"%s","source":"schedule-service","type":"schedule.programme-completed.v1",
                 "subject":"%s","time":"2027-05-20T09:30:00Z","datacontenttype":"application/json",
                 "data":{"planId":"%s","referralId":"%s","volunteerId":"%s","callsCompleted":13,"callsMissed":1,
                   "escalations":0,"activationInstrument":"PAM-13","activationScoreAfter":60.2,
                   "activationLevelAfter":3,"completedAt":"2027-05-20T09:30:00Z"}}
                """.formatted(UUID.randomUUID(), referralId, referralId, referralId, volunteerId);
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
