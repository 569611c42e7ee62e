package org.peercoaching.schedule.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CallPlanRepository implements PanacheRepositoryBase<CallPlan, UUID> {

    public boolean existsForMatch(UUID matchId) {
        return count("matchId", matchId) > 0;
    }

    public Map<UUID, CallPlan> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CallPlan> plans = list("id in ?1", ids);
        return plans.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
