package org.peercoaching.schedule.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StageExtensionRepository implements PanacheRepositoryBase<StageExtension, UUID> {

    void record(CallPlan plan, int extraCalls, String reason, Instant at, String by) {
        StageExtension e = new StageExtension();
        e.id = UUID.randomUUID();
        e.planId = plan.id;
        e.stage = plan.stage;
        e.extraCalls = extraCalls;
        e.reason = reason;
        e.createdAt = at;
        e.createdBy = by;
        persist(e);
    }

    public List<StageExtension> ofPlan(UUID planId) {
        return list("planId = ?1 order by createdAt", planId);
    }
}
