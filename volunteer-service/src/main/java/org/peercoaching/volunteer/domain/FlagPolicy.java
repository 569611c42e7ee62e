package org.peercoaching.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.peercoaching.kit.time.London;
import org.peercoaching.volunteer.config.VolunteerConfig;

/**
 * Which flags and safeguarding holds a coach carries today, and which DBS renewal reminder is due. Pure:
 * thresholds in, facts in, flags out.
 *
 * @param supervisionIntervalDays days after the last supervision (or activation) before it is overdue
 * @param dbsRenewalWarningDays flag a DBS renewal falling due within this many days
 * @param kitDueBackWarningDays flag borrowed kit due back within this many days
 * @param supervisionHoldGraceDays days supervision may be overdue before the coach is held back from new people
 * @param dbsReminderDays remind the coordinator this many days before a DBS renewal date, once each
 */
public record FlagPolicy(int supervisionIntervalDays, int dbsRenewalWarningDays, int kitDueBackWarningDays,
        int supervisionHoldGraceDays, List<Integer> dbsReminderDays) {

    public static final int DEFAULT_SUPERVISION_HOLD_GRACE_DAYS = 14;
    public static final List<Integer> DEFAULT_DBS_REMINDER_DAYS = List.of(60, 30, 7);

    public static FlagPolicy of(VolunteerConfig config) {
        return new FlagPolicy(config.supervisionIntervalDays(), config.dbsRenewalWarningDays(),
                config.kitDueBackWarningDays(), config.supervisionHoldGraceDays(), List.copyOf(config.dbsReminderDays()));
    }

    public FlagPolicy(int supervisionIntervalDays, int dbsRenewalWarningDays, int kitDueBackWarningDays) {
        this(supervisionIntervalDays, dbsRenewalWarningDays, kitDueBackWarningDays,
                DEFAULT_SUPERVISION_HOLD_GRACE_DAYS, DEFAULT_DBS_REMINDER_DAYS);
    }

    static final ZoneId LONDON = London.ZONE;

    /** What the flags are computed from. */
    public record Facts(
            VolunteerStatus status,
            Instant activatedAt,
            LocalDate lastSupervisedOn,
            LocalDate dbsRenewalDue,
            LocalDate pausedUntil,
            Device device,
            LocalDate loanDueBack) {}

    public Set<Flag> flags(Facts f, LocalDate today) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (f.status() == VolunteerStatus.LEFT) {
            return flags;
        }
        LocalDate supervisionDue = supervisionDueBy(f);
        if (f.status() == VolunteerStatus.ACTIVE && supervisionDue != null && today.isAfter(supervisionDue)) {
            flags.add(Flag.SUPERVISION_OVERDUE);
        }
        if (dbsChecked(f) && f.dbsRenewalDue() != null) {
            if (!f.dbsRenewalDue().isAfter(today)) {
                flags.add(Flag.DBS_EXPIRED);
            } else if (!f.dbsRenewalDue().isAfter(today.plusDays(dbsRenewalWarningDays))) {
                flags.add(Flag.DBS_RENEWAL_DUE);
            }
        }
        if (f.status() == VolunteerStatus.PAUSED && f.pausedUntil() != null && today.isAfter(f.pausedUntil())) {
            flags.add(Flag.PAUSE_OVERRUN);
        }
        if (f.device() == Device.BORROWED_KIT && f.loanDueBack() != null
                && !f.loanDueBack().isAfter(today.plusDays(kitDueBackWarningDays))) {
            flags.add(Flag.KIT_DUE_BACK);
        }
        return flags;
    }

    /** The date by which an active coach should next attend supervision; null if not yet active. */
    public LocalDate supervisionDueBy(Facts f) {
        LocalDate from = f.lastSupervisedOn();
        if (f.activatedAt() != null) {
            LocalDate activated = LocalDate.ofInstant(f.activatedAt(), LONDON);
            if (from == null || activated.isAfter(from)) {
                from = activated;
            }
        }
        return from == null ? null : from.plusDays(supervisionIntervalDays);
    }

    /**
     * Why the coach may take no new people today: a DBS check past its renewal date (ready, active or paused
     * coaches), or supervision overdue for longer than the grace period (active coaches). Empty when neither.
     */
    public List<Hold> holds(Facts f, LocalDate today) {
        List<Hold> holds = new ArrayList<>();
        if (dbsChecked(f) && f.dbsRenewalDue() != null && !f.dbsRenewalDue().isAfter(today)) {
            holds.add(new Hold(Hold.Reason.DBS_EXPIRED, f.dbsRenewalDue()));
        }
        LocalDate supervisionDue = supervisionDueBy(f);
        if (f.status() == VolunteerStatus.ACTIVE && supervisionDue != null
                && today.isAfter(supervisionDue.plusDays(supervisionHoldGraceDays))) {
            holds.add(new Hold(Hold.Reason.SUPERVISION_OVERDUE, supervisionDue.plusDays(1)));
        }
        return holds;
    }

    /**
     * The DBS renewal reminder due today, as days before the renewal date (60, 30 or 7 by default): the nearest
     * of those the coach is already within. A reminder passed over (the check was recorded late, or the job did
     * not run) is not sent late; the nearer one is.
     */
    public Optional<Integer> dbsReminderDue(Facts f, LocalDate today) {
        if (!dbsChecked(f) || f.dbsRenewalDue() == null || !f.dbsRenewalDue().isAfter(today)) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, f.dbsRenewalDue());
        return dbsReminderDays.stream().filter(d -> daysLeft <= d).min(Integer::compare);
    }

    /** The first day after today on which this coach's holds or DBS reminders could change by time alone. */
    public Optional<LocalDate> nextChangeAfter(Facts f, LocalDate today) {
        Stream.Builder<LocalDate> dates = Stream.builder();
        if (dbsChecked(f) && f.dbsRenewalDue() != null) {
            dates.add(f.dbsRenewalDue());
            dbsReminderDays.forEach(d -> dates.add(f.dbsRenewalDue().minusDays(d)));
        }
        LocalDate supervisionDue = supervisionDueBy(f);
        if (f.status() == VolunteerStatus.ACTIVE && supervisionDue != null) {
            dates.add(supervisionDue.plusDays(supervisionHoldGraceDays + 1L));
        }
        return dates.build().filter(d -> d.isAfter(today)).min(LocalDate::compareTo);
    }

    private static boolean dbsChecked(Facts f) {
        return f.status() == VolunteerStatus.READY || f.status() == VolunteerStatus.ACTIVE
                || f.status() == VolunteerStatus.PAUSED;
    }
}
