package org.peercoaching.matching.domain.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One database row that every matching transaction locks first. Matching is rare (people per hour, not
 * per second), so serialising it is cheap, and it makes the caseload cap hold across threads and
 * replicas without per-coach locks that could deadlock.
 */
@ApplicationScoped
public class MatchingLock {

    private final EntityManager em;

    public MatchingLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        em.createNativeQuery("select id from matching_lock where id = 1 for update").getSingleResult();
    }
}
