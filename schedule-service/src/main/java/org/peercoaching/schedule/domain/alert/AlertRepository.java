package org.peercoaching.schedule.domain.alert;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.peercoaching.kit.time.London;
import java.util.List;
import java.util.UUID;
import org.peercoaching.kit.problem.ProblemException;
import org.peercoaching.kit.problem.ProblemTypes;
import org.peercoaching.schedule.domain.coach.CoachCoordinator;

@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<CoordinatorAlert, UUID> {

    /** The coaches a coordinator looks after (coach_coordinator). */
    private static final String COACHES_OF =
            "select cc.volunteerId from CoachCoordinator cc where cc.coordinatorId = ?1";

    private final Clock clock;
    private final AlertNoteRepository notes;

    public AlertRepository(Clock clock, AlertNoteRepository notes) {
        this.clock = clock;
        this.notes = notes;
    }

    /** Open items on the coordinator's own coaches, first-raised first. */
    public List<CoordinatorAlert> openFor(String coordinatorId) {
        if (CoachCoordinator.UNASSIGNED.equals(coordinatorId)) {
            return List.of();
        }
        return list("closedAt is null and coachId in (" + COACHES_OF + ") order by raisedAt, id", coordinatorId);
    }

    /** Every item on the coordinator's own coaches, newest first. */
    public List<CoordinatorAlert> allFor(String coordinatorId) {
        if (CoachCoordinator.UNASSIGNED.equals(coordinatorId)) {
            return List.of();
        }
        return list("coachId in (" + COACHES_OF + ") order by raisedAt desc, id", coordinatorId);
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

    /**
     * A coach's DBS check falls due for renewal in {@code daysBefore} days: a reminder on their coordinator's
     * alert list (sent once for each of 60, 30 and 7 days by volunteer-service; the inbox keeps it once here).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CoordinatorAlert dbsRenewalDue(UUID coachId, String coachFirstName, LocalDate renewalDue, int daysBefore) {
        String who = coachFirstName == null || coachFirstName.isBlank() ? "The coach's" : coachFirstName + "'s";
        return raise(AlertKind.DBS_RENEWAL_DUE, null, null, null, null, coachId, who + " DBS check is due for renewal on "
                + London.dateInWords(renewalDue) + ", in " + daysBefore + " days. Record the new check on the coach's"
                + " page; from that date they take no new people until it is recorded.");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CoordinatorAlert close(UUID id, String action, String by) {
        CoordinatorAlert alert = findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Alert " + id));
        if (alert.closedAt != null) {
            throw ProblemException.conflict(ProblemTypes.BASE + "alert-closed",
                    "This alert was already closed with the action: " + alert.closingAction);
        }
        alert.closedAt = clock.instant();
        alert.closingAction = action;
        alert.closedBy = by;
        return alert;
    }

    /**
     * A coordinator notes what was done about an open alert, or passes it to the clinical team (once). A closed
     * alert takes no more notes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AlertNote note(UUID id, AlertNote.Kind kind, String text, String by) {
        // locked: two coordinators acting on one alert at once take turns (one clinical escalation, not two)
        CoordinatorAlert alert = findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Alert " + id));
        if (alert.closedAt != null) {
            throw ProblemException.conflict(ProblemTypes.BASE + "alert-closed",
                    "This alert is already closed, so nothing more can be added to it.");
        }
        if (kind == AlertNote.Kind.CLINICAL_ESCALATION && notes.count("alertId = ?1 and kind = ?2", id, kind) > 0) {
            throw ProblemException.conflict(ProblemTypes.BASE + "alert-already-escalated",
                    "The clinical team has already been told about this concern. Add a note instead.");
        }
        AlertNote note = new AlertNote();
        note.id = UUID.randomUUID();
        note.alertId = id;
        note.position = (int) notes.count("alertId", id) + 1;
        note.kind = kind;
        note.note = text;
        note.writtenBy = by;
        note.writtenAt = clock.instant();
        notes.persist(note);
        return note;
    }
}
