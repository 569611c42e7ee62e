package org.peercoaching.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    /**
     * The coach, with their row locked until the transaction ends, so two changes to one coach happen one
     * after the other. The row is locked with plain SQL before the load: Hibernate 7.2's own lock-on-load
     * also locks the eager collection tables ("follow-on locking") and was seen failing with a
     * NullPointerException under concurrent onboarding on PostgreSQL.
     */
    public Optional<Volunteer> findForUpdate(UUID id) {
        boolean exists = !getEntityManager()
                .createNativeQuery("select id from volunteer where id = :id for update")
                .setParameter("id", id)
                .getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }
}
