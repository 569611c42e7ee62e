package org.peercoaching.schedule.domain.call;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<ScheduledCall, UUID> {

    /** The coach's calls starting in [from, to), earliest first; held and replaced calls are not shown. */
    public List<ScheduledCall> forCoachBetween(UUID coachId, Instant from, Instant to) {
        return list("coachId = ?1 and startsAt >= ?2 and startsAt < ?3 and status not in ?4 order by startsAt",
                coachId, from, to, List.of(CallStatus.HELD, CallStatus.RESCHEDULED));
    }

    public List<ScheduledCall> scheduledForCoachFrom(UUID coachId, Instant from) {
        return list("coachId = ?1 and status = ?2 and endsAt > ?3", coachId, CallStatus.SCHEDULED, from);
    }

    /** Every call of a plan, in time order. */
    public List<ScheduledCall> ofPlan(UUID planId) {
        return list("planId = ?1 order by startsAt, callNumber, attempt", planId);
    }

    /** Every call of these plans (any order). */
    public List<ScheduledCall> ofPlans(java.util.Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1", planIds);
    }

    public long openCount(UUID planId) {
        return count("planId = ?1 and status = ?2", planId, CallStatus.SCHEDULED);
    }

    /** The person's most recent completed call that started before the given time. */
    public Optional<ScheduledCall> lastCompletedBefore(UUID planId, Instant before) {
        return find("planId = ?1 and status = ?2 and startsAt < ?3 order by startsAt desc", planId,
                CallStatus.COMPLETED, before).firstResultOptional();
    }

    public List<UUID> overdueIds(Instant endedBefore, int limit) {
        return getEntityManager()
                .createQuery("select c.id from ScheduledCall c where c.status = ?1 and c.endsAt < ?2 order by c.endsAt",
                        UUID.class)
                .setParameter(1, CallStatus.SCHEDULED).setParameter(2, endedBefore).setMaxResults(limit)
                .getResultList();
    }

    public List<UUID> needingReminderIds(Instant from, Instant to, int limit) {
        return getEntityManager()
                .createQuery("select c.id from ScheduledCall c where c.status = ?1 and c.reminderSentAt is null"
                        + " and c.startsAt >= ?2 and c.startsAt < ?3 order by c.startsAt", UUID.class)
                .setParameter(1, CallStatus.SCHEDULED).setParameter(2, from).setParameter(3, to)
                .setMaxResults(limit).getResultList();
    }

    /** Every call a coach's calendar shows: the latest attempt of each call, cancelled ones included. */
    public List<ScheduledCall> forCalendar(UUID coachId, Instant from) {
        return list("coachId = ?1 and startsAt >= ?2 and status not in ?3 order by startsAt", coachId, from,
                List.of(CallStatus.HELD, CallStatus.RESCHEDULED));
    }
}
