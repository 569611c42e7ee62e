package org.peercoaching.matching;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.peercoaching.devidentity.DevTokens;
import org.peercoaching.matching.domain.WeeklyWindow;
import org.peercoaching.matching.domain.referral.Referral;
import org.peercoaching.matching.domain.referral.ReferralStatus;

/** Request and event bodies, and signed-in callers, used across the matching tests. */
public final class Fixtures {

    private Fixtures() {}

    /** The coordinator who looks after every coach the fixtures create, unless a test says otherwise. */
    public static final String COORDINATOR = "coord-a";
    public static final String COORDINATOR_TOKEN = DevTokens.coordinator(COORDINATOR);
    /** The pathway of every referral the fixtures send. */
    public static final String PATHWAY = "rheumatology";
    public static final String PATHWAY_TOKEN = DevTokens.pathway(PATHWAY);
    public static final String ADMIN_TOKEN = DevTokens.admin("admin-1");

    /** A request signed in with this bearer token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A request as the fixtures' coordinator (coord-a). */
    public static RequestSpecification asCoordinator() {
        return as(COORDINATOR_TOKEN);
    }

    /** A request as the fixtures' pathway system (rheumatology). */
    public static RequestSpecification asPathway() {
        return as(PATHWAY_TOKEN);
    }

    public static String volunteerRegistered(UUID volunteerId, String firstName, String gender) {
        return volunteerEvent("volunteer.registered.v1", volunteerId, firstName, gender, "ACTIVE");
    }

    /** Any volunteer.*.v1 event: they all carry the coach's snapshot after the change (looked after by coord-a). */
    public static String volunteerEvent(String type, UUID volunteerId, String firstName, String gender, String status) {
        return volunteerEvent(type, volunteerId, firstName, gender, status, COORDINATOR);
    }

    public static String volunteerEvent(String type, UUID volunteerId, String firstName, String gender, String status,
            String coordinatorId) {
        String coordinator = coordinatorId == null ? "null" : "\"" + coordinatorId + "\"";
        return """
                {"specversion":"1.0","id":"%s","source":"volunteer-service","type":"%s",
                 "subject":"%s","time":"2026-11-23T09:30:00Z","datacontenttype":"application/json",
                 "data":{"volunteerId":"%s","firstName":"%s","status":"%s","gender":"%s",
                   "languages":["en"],"conditionCodes":["69896004"],"imdDecile":3,
                   "callWindows":[{"day":"TUESDAY","start":"18:00:00","end":"20:00:00"}],
                   "competenceLevel":1,"pausedUntil":null,"lsoaCode":null,"coordinatorId":%s}}
                """.formatted(UUID.randomUUID(), type, volunteerId, volunteerId, firstName, status, gender, coordinator);
    }

    /** volunteer.paused.v1 with pauseKind SHORT (issue #18): the coach keeps their people. */
    public static String shortPaused(UUID volunteerId, String firstName, String gender, java.time.LocalDate until) {
        return volunteerEvent("volunteer.paused.v1", volunteerId, firstName, gender, "PAUSED", COORDINATOR)
                .replace("\"pausedUntil\":null", "\"pausedUntil\":\"" + until + "\"")
                .replace("\"coordinatorId\":\"" + COORDINATOR + "\"}}", "\"coordinatorId\":\"" + COORDINATOR
                        + "\",\"pauseKind\":\"SHORT\"}}");
    }

    /**
     * A volunteer.*.v2 event: the v1 snapshot plus the safeguarding facts (looked after by coord-a).
     *
     * @param holdsJson for example {@code [{"reason":"DBS_EXPIRED","since":"2027-03-03"}]}
     */
    public static String volunteerEventV2(String type, UUID volunteerId, String firstName, String status,
            java.time.LocalDate dbsRenewalDue, String holdsJson) {
        return volunteerEvent(type, volunteerId, firstName, "FEMALE", status, COORDINATOR)
                .replace("\"coordinatorId\":\"" + COORDINATOR + "\"}}", "\"coordinatorId\":\"" + COORDINATOR
                        + "\",\"dbsRenewalDue\":" + (dbsRenewalDue == null ? "null" : "\"" + dbsRenewalDue + "\"")
                        + ",\"holds\":" + holdsJson + "}}");
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
        return referral(PATHWAY, pathwayReferralId, genderPreference);
    }

    public static String referral(String pathway, String pathwayReferralId, String genderPreference) {
        String preference = genderPreference == null ? "null" : "\"" + genderPreference + "\"";
        return """
                {"pathwayReferralId":"%s","pathway":"%s",
                 "person":{"firstName":"Brian","lastName":"Jones","phone":"07700 900123","language":"en"},
                 "conditionCodes":["69896004"],
                 "activation":{"instrument":"PAM-13","score":44.9,"level":1,"measuredOn":"2026-11-02"},
                 "homeArea":{"imdDecile":2},
                 "coachGenderPreference":%s,
                 "callWindows":[{"day":"TUESDAY","start":"17:00","end":"19:00"}],
                 "consent":{"contact":true,"shareGoalsWithClinicalTeam":true}}
                """.formatted(pathwayReferralId, pathway, preference);
    }

    /**
     * A rheumatology referral as stored, for tests that need one received (and waiting) at a time of their choosing:
     * rheumatoid arthritis, PAM-13 level 1, Tuesday 17:00-19:00, in this status since {@code receivedAt}. Persist it
     * in a transaction; nothing assigns it until the waiting list is next assigned.
     */
    public static Referral storedReferral(String firstName, String genderPreference, int imdDecile, String language,
            Instant receivedAt, ReferralStatus status) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.pathway = PATHWAY;
        r.pathwayReferralId = "STORED-" + r.id;
        r.requestFingerprint = "stored";
        r.firstName = firstName;
        r.lastName = "Jones";
        r.phone = "07700 900123";
        r.language = language;
        r.activationInstrument = "PAM-13";
        r.activationScore = new BigDecimal("44.9");
        r.activationLevel = 1;
        r.activationMeasuredOn = LocalDate.of(2025, 1, 2);
        r.imdDecile = imdDecile;
        r.imdEdition = "IMD2019";
        r.coachGenderPreference = genderPreference;
        r.consentToContact = true;
        r.consentToShareGoals = true;
        r.conditionCodes.add("69896004");
        r.callWindows.add(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(19, 0)));
        r.receivedAt = receivedAt;
        r.moveTo(status, receivedAt);
        return r;
    }
}
