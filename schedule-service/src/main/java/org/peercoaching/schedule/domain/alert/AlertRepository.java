package org.peercoaching.schedule.domain.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<CoordinatorAlert, UUID> {

    private final Clock clock;

    public AlertRepository(Clock clock) {
        this.clock = clock;
    }

    /** Open items first-raised first; escalations come before other kinds raised the same moment. */
    public List<CoordinatorAlert> open() {
        return list("closedAt is null order by raisedAt, id");
    }

    public List<CoordinatorAlert> all() {
        return list("order by raisedAt desc, id");
    }

    public long escalationsOf(UUID planId) {
        return count("planId = ?1 and kind = ?2", planId, AlertKind.ESCALATION);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CoordinatorAlert raise(AlertKind kind, String category, UUID planId, UUID callId, UUID referralId,
            UUID coachId, String detail) {
        CoordinatorAlert alert = new CoordinatorAlert();
        alert.id = UUID.randomUUID();
        alert.kind = kind;
        alert.category = category;
        alert.planId = planId;
        alert.callId = callId;
        alert.referralId = referralId;
        alert.coachId = coachId;
        alert.detail = detail;
        alert.raisedAt = clock.instant();
        persist(alert);
        return alert;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CoordinatorAlert close(UUID id, String action) {
        CoordinatorAlert alert = findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Alert " + id));
        if (alert.closedAt != null) {
            throw ProblemException.conflict(ProblemTypes.BASE + "alert-closed",
                    "This alert was already closed with the action: " + alert.closingAction);
        }
        alert.closedAt = clock.instant();
        alert.closingAction = action;
        return alert;
    }
}
