package org.peercoaching.schedule.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PauseChangeRepository implements PanacheRepositoryBase<PauseChange, UUID> {

    /** What the coach's short pauses changed, latest pause first, then by the call's original time. */
    public List<PauseChange> ofCoach(UUID coachId) {
        return list("coachId = ?1 order by pausedUntil desc, fromStartsAt, id", coachId);
    }
}
