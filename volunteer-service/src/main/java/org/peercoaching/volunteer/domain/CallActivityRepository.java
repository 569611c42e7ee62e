package org.peercoaching.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CallActivityRepository implements PanacheRepositoryBase<CallActivity, UUID> {

    public static final String COMPLETED = "COMPLETED";

    /** Records a call, or replaces the earlier record of the same call (a corrected outcome counts once). */
    public void record(UUID callId, UUID volunteerId, String outcome, Integer durationMinutes, Instant callStartedAt,
            Instant recordedAt) {
        CallActivity call = findById(callId);
        boolean isNew = call == null;
        if (isNew) {
            call = new CallActivity();
            call.callId = callId;
        } else if (call.recordedAt.isAfter(recordedAt)) {
            return;
        }
        call.volunteerId = volunteerId;
        call.outcome = outcome;
        call.durationMinutes = COMPLETED.equals(outcome) ? durationMinutes : null;
        call.callStartedAt = callStartedAt;
        call.recordedAt = recordedAt;
        if (isNew) {
            persist(call);
        }
    }

    /** Activity per coach for calls that started in [from, to). */
    public Map<UUID, ActivitySummary> summaries(Instant from, Instant to) {
        Map<UUID, ActivitySummary> result = new HashMap<>();
        getEntityManager().createQuery("""
                        select c.volunteerId, count(c),
                               sum(case when c.outcome = 'COMPLETED' then 1 else 0 end),
                               sum(case when c.outcome = 'COMPLETED' then coalesce(c.durationMinutes, 0) else 0 end)
                        from CallActivity c where c.callStartedAt >= ?1 and c.callStartedAt < ?2
                        group by c.volunteerId""", Object[].class)
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()
                .forEach(row -> result.put((UUID) row[0], new ActivitySummary((UUID) row[0],
                        ((Number) row[1]).longValue(), number(row[2]), number(row[3]))));
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
