package org.peercoaching.matching.domain.coach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CoachRepository implements PanacheRepositoryBase<Coach, UUID> {

    public List<Coach> active() {
        return list("status", Coach.ACTIVE);
    }

    /** Whether this coordinator (a sign-in subject) looks after this coach. */
    public boolean looksAfter(String coordinatorId, UUID volunteerId) {
        return coordinatorId != null && volunteerId != null
                && count("volunteerId = ?1 and coordinatorId = ?2", volunteerId, coordinatorId) > 0;
    }
}
