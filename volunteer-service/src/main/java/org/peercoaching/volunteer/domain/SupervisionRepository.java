package org.peercoaching.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class SupervisionRepository implements PanacheRepositoryBase<SupervisionSession, UUID> {

    /** The date of each coach's most recent supervision session. */
    public Map<UUID, LocalDate> lastAttendedByVolunteer() {
        Map<UUID, LocalDate> last = new HashMap<>();
        getEntityManager()
                .createQuery("select a, max(s.heldOn) from SupervisionSession s join s.attendees a group by a",
                        Object[].class)
                .getResultList()
                .forEach(row -> last.put((UUID) row[0], (LocalDate) row[1]));
        return last;
    }

    /** The date of this coach's most recent supervision session; null if none. */
    public LocalDate lastAttendedBy(UUID volunteerId) {
        return getEntityManager()
                .createQuery("select max(s.heldOn) from SupervisionSession s join s.attendees a where a = ?1",
                        LocalDate.class)
                .setParameter(1, volunteerId)
                .getSingleResult();
    }

    public List<SupervisionSession> attendedBy(UUID volunteerId) {
        return list("select s from SupervisionSession s join s.attendees a where a = ?1 order by s.heldOn desc",
                volunteerId);
    }

    public List<SupervisionSession> heldBetween(LocalDate from, LocalDate to) {
        return list("heldOn >= ?1 and heldOn <= ?2 order by heldOn desc", from, to);
    }
}
