package org.peercoaching.schedule.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StageEarlyEndRepository implements PanacheRepositoryBase<StageEarlyEnd, UUID> {

    public List<StageEarlyEnd> ofPlan(UUID planId) {
        return list("planId = ?1 order by decidedAt", planId);
    }
}
