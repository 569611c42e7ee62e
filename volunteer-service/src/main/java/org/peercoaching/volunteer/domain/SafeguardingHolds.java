package org.peercoaching.volunteer.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.peercoaching.kit.time.London;
import org.peercoaching.volunteer.config.VolunteerConfig;

/**
 * Safeguarding holds: a coach whose DBS check has expired, or whose supervision has lapsed beyond the grace
 * period, takes no new people (matching-service reads the holds from the volunteer events). The holds last
 * published are kept on the coach's row, so a change is published once: when a coordinator records something
 * (a DBS check, a supervision session, a status change) and when time alone moves a coach across a date
 * ({@link #reevaluateAll}, run every hour and by the simulated clock). The same pass sends the coordinator's DBS
 * renewal reminders, once each.
 *
 * <p>Several replicas may run the re-evaluation together: each coach is re-checked under their row lock before
 * anything is written, so only the first publishes.
 */
@ApplicationScoped
public class SafeguardingHolds {

    private static final Logger LOG = Logger.getLogger(SafeguardingHolds.class);

    private final VolunteerRepository volunteers;
    private final SupervisionRepository supervision;
    private final DbsReminderRepository reminders;
    private final VolunteerEventPublisher events;
    private final FlagPolicy policy;
    private final Clock clock;

    public SafeguardingHolds(VolunteerRepository volunteers, SupervisionRepository supervision,
            DbsReminderRepository reminders, VolunteerEventPublisher events, VolunteerConfig config, Clock clock) {
        this.volunteers = volunteers;
        this.supervision = supervision;
        this.reminders = reminders;
        this.events = events;
        this.policy = FlagPolicy.of(config);
        this.clock = clock;
    }

    /** The holds last published for this coach (what matching-service acts on). */
    public static List<Hold> published(Volunteer v) {
        List<Hold> holds = new ArrayList<>();
        if (v.dbsHoldSince != null) {
            holds.add(new Hold(Hold.Reason.DBS_EXPIRED, v.dbsHoldSince));
        }
        if (v.supervisionHoldSince != null) {
            holds.add(new Hold(Hold.Reason.SUPERVISION_OVERDUE, v.supervisionHoldSince));
        }
        return holds;
    }

    /**
     * Works out the coach's holds today and keeps them on their row, in the caller's transaction; true when they
     * differ from those last published (the caller then publishes the coach).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(Volunteer v) {
        volunteers.flush();
        return keep(v, policy.holds(facts(v, supervision.lastAttendedBy(v.id)), today()));
    }

    /**
     * Re-evaluates every coach who has not left: publishes each whose holds changed since last published, and
     * sends each DBS renewal reminder that is due and not yet sent. Returns how many coaches it changed.
     */
    public int reevaluateAll() {
        LocalDate today = today();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> needingAttention(today));
        int changed = 0;
        for (UUID id : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> reevaluate(id, today))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                // left as it was; the next run picks the coach up again
                LOG.warnf("Could not re-evaluate the safeguarding holds of coach %s: %s", id, e.getClass().getSimpleName());
            }
        }
        if (changed > 0) {
            LOG.infof("Safeguarding holds re-evaluated for %s: %d coaches changed", today, changed);
        }
        return changed;
    }

    /** The first moment after {@code now} at which time alone could change a coach's holds or reminders. */
    public Optional<Instant> nextChangeAfter(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, London.ZONE);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, LocalDate> lastSupervised = supervision.lastAttendedByVolunteer();
            return notLeft().stream()
                    .map(c -> policy.nextChangeAfter(c.facts(lastSupervised.get(c.id())), today))
                    .flatMap(Optional::stream)
                    .min(LocalDate::compareTo)
                    .map(day -> day.atStartOfDay(London.ZONE).toInstant());
        });
    }

    private List<UUID> needingAttention(LocalDate today) {
        Map<UUID, LocalDate> lastSupervised = supervision.lastAttendedByVolunteer();
        Set<DbsReminderRepository.Sent> sent = reminders.sentForRenewalsAfter(today);
        List<UUID> due = new ArrayList<>();
        for (CoachFacts c : notLeft()) {
            FlagPolicy.Facts facts = c.facts(lastSupervised.get(c.id()));
            List<Hold> holds = policy.holds(facts, today);
            boolean holdsChanged = !Objects.equals(sinceOf(holds, Hold.Reason.DBS_EXPIRED), c.dbsHoldSince())
                    || !Objects.equals(sinceOf(holds, Hold.Reason.SUPERVISION_OVERDUE), c.supervisionHoldSince());
            boolean reminderDue = policy.dbsReminderDue(facts, today)
                    .map(days -> !sent.contains(new DbsReminderRepository.Sent(c.id(), c.dbsRenewalDue(), days)))
                    .orElse(false);
            if (holdsChanged || reminderDue) {
                due.add(c.id());
            }
        }
        return due;
    }

    private boolean reevaluate(UUID id, LocalDate today) {
        Volunteer v = volunteers.findForUpdate(id).orElse(null);
        if (v == null || v.status == VolunteerStatus.LEFT) {
            return false;
        }
        FlagPolicy.Facts facts = facts(v, supervision.lastAttendedBy(v.id));
        boolean changed = false;
        if (keep(v, policy.holds(facts, today))) {
            volunteers.flush();
            events.updated(v);
            changed = true;
        }
        Optional<Integer> reminder = policy.dbsReminderDue(facts, today);
        if (reminder.isPresent()) {
            DbsReminderRepository.Sent sent = new DbsReminderRepository.Sent(v.id, v.dbsRenewalDue, reminder.get());
            if (!reminders.wasSent(sent)) {
                reminders.record(sent, clock.instant());
                events.dbsRenewalReminder(v, v.dbsRenewalDue, reminder.get());
                changed = true;
            }
        }
        return changed;
    }

    private static boolean keep(Volunteer v, List<Hold> holds) {
        LocalDate dbs = sinceOf(holds, Hold.Reason.DBS_EXPIRED);
        LocalDate supervision = sinceOf(holds, Hold.Reason.SUPERVISION_OVERDUE);
        boolean changed = !Objects.equals(dbs, v.dbsHoldSince) || !Objects.equals(supervision, v.supervisionHoldSince);
        v.dbsHoldSince = dbs;
        v.supervisionHoldSince = supervision;
        return changed;
    }

    private static LocalDate sinceOf(List<Hold> holds, Hold.Reason reason) {
        return holds.stream().filter(h -> h.reason() == reason).map(Hold::since).findFirst().orElse(null);
    }

    private static FlagPolicy.Facts facts(Volunteer v, LocalDate lastSupervised) {
        return new FlagPolicy.Facts(v.status, v.activatedAt, lastSupervised, v.dbsRenewalDue, v.pausedUntil, v.device,
                v.loanDueBack);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    /** What the holds are worked out from, for every coach who has not left, without loading their profiles. */
    private record CoachFacts(UUID id, VolunteerStatus status, Instant activatedAt, LocalDate dbsRenewalDue,
            LocalDate dbsHoldSince, LocalDate supervisionHoldSince) {

        FlagPolicy.Facts facts(LocalDate lastSupervised) {
            return new FlagPolicy.Facts(status, activatedAt, lastSupervised, dbsRenewalDue, null, null, null);
        }
    }

    private List<CoachFacts> notLeft() {
        return volunteers.getEntityManager()
                .createQuery("select v.id, v.status, v.activatedAt, v.dbsRenewalDue, v.dbsHoldSince,"
                        + " v.supervisionHoldSince from Volunteer v where v.status <> ?1", Object[].class)
                .setParameter(1, VolunteerStatus.LEFT)
                .getResultList().stream()
                .map(r -> new CoachFacts((UUID) r[0], (VolunteerStatus) r[1], (Instant) r[2], (LocalDate) r[3],
                        (LocalDate) r[4], (LocalDate) r[5]))
                .toList();
    }
}
