package org.peercoaching.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PracticeSessionRepository implements PanacheRepositoryBase<PracticeSession, UUID> {

    public List<PracticeSession> forVolunteer(UUID volunteerId) {
        return list("volunteerId = ?1 order by heldOn", volunteerId);
    }

    /** How many practice sessions each coach has attended. */
    public Map<UUID, Integer> countsByVolunteer() {
        Map<UUID, Integer> counts = new HashMap<>();
        getEntityManager()
                .createQuery("select p.volunteerId, count(p) from PracticeSession p group by p.volunteerId",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
