package org.peercoaching.matching.domain.coach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.peercoaching.kit.time.London;
import org.peercoaching.matching.domain.match.Matchmaker;

/**
 * Keeps the coach read model current and gives newly available coaches to the waiting list. A coach who goes on
 * a safeguarding hold keeps their confirmed people; their unconfirmed proposals go back to the waiting list. A
 * hold lifting makes them available again at once. A coach on a short pause keeps their confirmed people and takes
 * nobody new; a long pause or leaving re-matches their people.
 */
@ApplicationScoped
public class CoachDirectory {

    static final String PAUSED = "PAUSED";
    static final String LEFT = "LEFT";

    private final CoachRepository coaches;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public CoachDirectory(CoachRepository coaches, Matchmaker matchmaker, Clock clock) {
        this.coaches = coaches;
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(CoachProfile profile) {
        Coach coach = coaches.findById(profile.volunteerId());
        boolean isNew = coach == null;
        String previousStatus = isNew ? null : coach.status;
        Integer previousLevel = isNew ? null : coach.competenceLevel;
        LocalDate today = LocalDate.now(clock.withZone(London.ZONE));
        boolean wasOnHold = !isNew && !coach.holdsOn(today).isEmpty();
        if (isNew) {
            coach = new Coach();
            coach.volunteerId = profile.volunteerId();
        }
        coach.firstName = profile.firstName();
        coach.status = profile.status();
        coach.gender = profile.gender();
        coach.imdDecile = profile.imdDecile();
        coach.competenceLevel = profile.competenceLevel();
        // a reassignment (volunteer.updated.v1) moves the coach, and so their matches, to another coordinator
        coach.coordinatorId = profile.coordinatorId();
        coach.updatedAt = clock.instant();
        coach.languages.clear();
        coach.languages.addAll(profile.languages());
        coach.conditionCodes.clear();
        coach.conditionCodes.addAll(profile.conditionCodes());
        coach.callWindows.clear();
        coach.callWindows.addAll(profile.callWindows());
        if (profile.safeguarding() != null) {
            coach.dbsRenewalDue = profile.safeguarding().dbsRenewalDue();
            coach.dbsHoldSince = profile.safeguarding().dbsHoldSince();
            coach.supervisionHoldSince = profile.safeguarding().supervisionHoldSince();
        }
        boolean onHold = !coach.holdsOn(today).isEmpty();
        if (isNew) {
            coaches.persist(coach);
        }
        coaches.flush();
        boolean roomMayHaveChanged = isNew || !coach.status.equals(previousStatus)
                || !java.util.Objects.equals(previousLevel, coach.competenceLevel) || onHold != wasOnHold;
        if (PAUSED.equals(coach.status) && profile.shortPause()) {
            // a short pause (holiday, illness): their confirmed people stay theirs, schedule-service moves or skips
            // the calls in the pause; a proposal not yet confirmed goes back to the waiting list, and a paused coach
            // has no room for anyone new (not ACTIVE) until they resume
            matchmaker.withdrawProposalsOf(coach.volunteerId, "COACH_PAUSED");
            if (roomMayHaveChanged) {
                matchmaker.coachChanged(coach.volunteerId);
            }
            return;
        }
        if (PAUSED.equals(coach.status) || LEFT.equals(coach.status)) {
            // their people are re-matched, keeping stage and history
            matchmaker.coachUnavailable(coach.volunteerId, PAUSED.equals(coach.status) ? "COACH_PAUSED" : "COACH_LEFT");
            return;
        }
        if (onHold && !wasOnHold) {
            // proposals not yet confirmed go back to the waiting list; confirmed people stay with the coach
            matchmaker.withdrawProposalsOf(coach.volunteerId, "COACH_ON_HOLD");
        }
        if (roomMayHaveChanged) {
            matchmaker.coachChanged(coach.volunteerId);
        }
        if (coach.isActive()) {
            matchmaker.assignWaitingList();
        }
    }
}
