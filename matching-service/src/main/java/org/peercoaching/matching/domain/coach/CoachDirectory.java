package org.peercoaching.matching.domain.coach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.peercoaching.matching.domain.match.Matchmaker;

/** Keeps the coach read model current and gives newly available coaches to the waiting list. */
@ApplicationScoped
public class CoachDirectory {

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
        if (isNew) {
            coach = new Coach();
            coach.volunteerId = profile.volunteerId();
        }
        coach.firstName = profile.firstName();
        coach.status = profile.status();
        coach.gender = profile.gender();
        coach.imdDecile = profile.imdDecile();
        coach.updatedAt = clock.instant();
        coach.languages.clear();
        coach.languages.addAll(profile.languages());
        coach.conditionCodes.clear();
        coach.conditionCodes.addAll(profile.conditionCodes());
        coach.callWindows.clear();
        coach.callWindows.addAll(profile.callWindows());
        if (isNew) {
            coaches.persist(coach);
        }
        coaches.flush();
        if (coach.isActive()) {
            matchmaker.matchWaitingReferrals();
        }
    }
}
