package org.peercoaching.matching.domain.match;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CoordinatorActionRepository implements PanacheRepositoryBase<CoordinatorAction, UUID> {

    public void record(UUID referralId, UUID matchId, String action, String actor, String reason, Instant at) {
        CoordinatorAction a = new CoordinatorAction();
        a.id = UUID.randomUUID();
        a.referralId = referralId;
        a.matchId = matchId;
        a.action = action;
        a.actor = actor;
        a.reason = reason;
        a.actedAt = at;
        persist(a);
    }

    public List<CoordinatorAction> forReferral(UUID referralId) {
        return list("referralId = ?1 order by actedAt, id", referralId);
    }
}
