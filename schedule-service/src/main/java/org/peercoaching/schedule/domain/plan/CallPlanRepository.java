package org.peercoaching.schedule.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CallPlanRepository implements PanacheRepositoryBase<CallPlan, UUID> {

    public boolean existsForMatch(UUID matchId) {
        return count("matchId", matchId) > 0;
    }

    public Optional<CallPlan> forMatch(UUID matchId) {
        return find("matchId", matchId).firstResultOptional();
    }

    /** The referral's plan that is still running (one plan per referral; it survives a re-match). */
    public Optional<CallPlan> currentForReferral(UUID referralId) {
        return find("referralId = ?1 and status not in ?2 order by createdAt desc", referralId,
                List.of(PlanStatus.COMPLETED, PlanStatus.ENDED)).firstResultOptional();
    }

    /** The coach's people still in a taper stage (calls booked, waiting for a time, or held for a re-match). */
    public List<CallPlan> currentForCoach(UUID coachId) {
        return list("coachId = ?1 and status in ?2 order by createdAt, id", coachId,
                List.of(PlanStatus.ACTIVE, PlanStatus.NEEDS_SLOT, PlanStatus.AWAITING_COACH));
    }

    public List<CallPlan> forReferral(UUID referralId) {
        return list("referralId = ?1 order by createdAt desc", referralId);
    }

    /** Active plans whose stage's planned time has passed with no call still to happen: the stage-advancement job's work. */
    public List<UUID> dueToAdvance(java.time.Instant now, int limit) {
        return getEntityManager().createQuery("select p.id from CallPlan p where p.status = ?1"
                        + " and (p.stageEndsAt is null or p.stageEndsAt <= ?3) and not exists"
                        + " (select c.id from ScheduledCall c where c.planId = p.id and c.status = ?2)", UUID.class)
                .setParameter(1, PlanStatus.ACTIVE)
                .setParameter(2, org.peercoaching.schedule.domain.call.CallStatus.SCHEDULED)
                .setParameter(3, now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * The plan, locked until the transaction ends: work on one person's plan (a coach recording a call,
     * a job marking one missed, a stage moving on) is done one transaction at a time, on any replica.
     */
    public CallPlan lockForUpdate(UUID id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public Map<UUID, CallPlan> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CallPlan> plans = list("id in ?1", ids);
        return plans.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
