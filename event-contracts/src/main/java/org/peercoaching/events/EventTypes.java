package org.peercoaching.events;

import org.peercoaching.events.match.CoachCapacityChangedV1;
import org.peercoaching.events.match.MatchConfirmedV1;
import org.peercoaching.events.match.MatchDeclinedV1;
import org.peercoaching.events.match.MatchEndedV1;
import org.peercoaching.events.match.MatchProposedV1;
import org.peercoaching.events.referral.ReferralStatusChangedV1;
import org.peercoaching.events.schedule.CallRecordedV1;
import org.peercoaching.events.schedule.EscalationRaisedV1;
import org.peercoaching.events.schedule.ProgrammeCompletedV1;
import org.peercoaching.events.schedule.StageChangedV1;
import org.peercoaching.events.volunteer.DbsRenewalReminderV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV1;
import org.peercoaching.events.volunteer.VolunteerSnapshotV2;

/** The catalogue of event types; docs/events.md describes each one. */
public final class EventTypes {

    // volunteers topic, key = volunteer id; every type carries the coach's snapshot after the change
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_REGISTERED = volunteer("volunteer.registered.v1");
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_UPDATED = volunteer("volunteer.updated.v1");
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_ACTIVATED = volunteer("volunteer.activated.v1");
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_PAUSED = volunteer("volunteer.paused.v1");
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_RESUMED = volunteer("volunteer.resumed.v1");
    public static final EventType<VolunteerSnapshotV1> VOLUNTEER_LEFT = volunteer("volunteer.left.v1");
    // version 2 of the same six: the snapshot plus the safeguarding facts (DBS renewal date, holds)
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_REGISTERED_V2 = volunteerV2("volunteer.registered.v2");
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_UPDATED_V2 = volunteerV2("volunteer.updated.v2");
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_ACTIVATED_V2 = volunteerV2("volunteer.activated.v2");
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_PAUSED_V2 = volunteerV2("volunteer.paused.v2");
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_RESUMED_V2 = volunteerV2("volunteer.resumed.v2");
    public static final EventType<VolunteerSnapshotV2> VOLUNTEER_LEFT_V2 = volunteerV2("volunteer.left.v2");
    public static final EventType<DbsRenewalReminderV1> DBS_RENEWAL_REMINDER =
            new EventType<>("volunteer.dbs-renewal-reminder.v1", Topics.VOLUNTEERS, DbsRenewalReminderV1.class);

    // referrals topic, key = referral id
    public static final EventType<ReferralStatusChangedV1> REFERRAL_RECEIVED = referral("referral.received.v1");
    public static final EventType<ReferralStatusChangedV1> REFERRAL_INELIGIBLE = referral("referral.ineligible.v1");
    public static final EventType<ReferralStatusChangedV1> REFERRAL_WITHDRAWN = referral("referral.withdrawn.v1");

    // matches topic, key = match id
    public static final EventType<MatchProposedV1> MATCH_PROPOSED =
            new EventType<>("match.proposed.v1", Topics.MATCHES, MatchProposedV1.class);
    public static final EventType<MatchConfirmedV1> MATCH_CONFIRMED =
            new EventType<>("match.confirmed.v1", Topics.MATCHES, MatchConfirmedV1.class);
    public static final EventType<MatchDeclinedV1> MATCH_DECLINED =
            new EventType<>("match.declined.v1", Topics.MATCHES, MatchDeclinedV1.class);
    public static final EventType<MatchEndedV1> MATCH_ENDED =
            new EventType<>("match.ended.v1", Topics.MATCHES, MatchEndedV1.class);
    /** On the matches topic but keyed by volunteer id: one coach's capacity changes stay in order. */
    public static final EventType<CoachCapacityChangedV1> COACH_CAPACITY_CHANGED =
            new EventType<>("coach.capacity-changed.v1", Topics.MATCHES, CoachCapacityChangedV1.class);

    // schedule topic, key = plan id (one plan per referral; it survives a re-match)
    public static final EventType<StageChangedV1> STAGE_CHANGED =
            new EventType<>("schedule.stage-changed.v1", Topics.SCHEDULE, StageChangedV1.class);
    public static final EventType<CallRecordedV1> CALL_RECORDED =
            new EventType<>("schedule.call-recorded.v1", Topics.SCHEDULE, CallRecordedV1.class);
    public static final EventType<EscalationRaisedV1> ESCALATION_RAISED =
            new EventType<>("schedule.escalation-raised.v1", Topics.SCHEDULE, EscalationRaisedV1.class);
    public static final EventType<ProgrammeCompletedV1> PROGRAMME_COMPLETED =
            new EventType<>("schedule.programme-completed.v1", Topics.SCHEDULE, ProgrammeCompletedV1.class);

    private EventTypes() {}

    private static EventType<VolunteerSnapshotV1> volunteer(String name) {
        return new EventType<>(name, Topics.VOLUNTEERS, VolunteerSnapshotV1.class);
    }

    private static EventType<VolunteerSnapshotV2> volunteerV2(String name) {
        return new EventType<>(name, Topics.VOLUNTEERS, VolunteerSnapshotV2.class);
    }

    private static EventType<ReferralStatusChangedV1> referral(String name) {
        return new EventType<>(name, Topics.REFERRALS, ReferralStatusChangedV1.class);
    }
}
