package org.peercoaching.schedule.domain.call;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<ScheduledCall, UUID> {

    /** The coach's calls starting in [from, to), earliest first. */
    public List<ScheduledCall> forCoachBetween(UUID coachId, Instant from, Instant to) {
        return list("coachId = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt", coachId, from, to);
    }

    public List<ScheduledCall> scheduledForCoachFrom(UUID coachId, Instant from) {
        return list("coachId = ?1 and status = ?2 and endsAt > ?3", coachId, CallStatus.SCHEDULED, from);
    }
}
