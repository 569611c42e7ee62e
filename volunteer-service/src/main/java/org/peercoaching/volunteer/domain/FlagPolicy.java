package org.peercoaching.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.peercoaching.kit.time.London;

/**
 * Which flags a coach carries today. Pure: thresholds in, facts in, flags out.
 *
 * @param supervisionIntervalDays days after the last supervision (or activation) before it is overdue
 * @param dbsRenewalWarningDays flag a DBS renewal falling due within this many days
 * @param kitDueBackWarningDays flag borrowed kit due back within this many days
 */
public record FlagPolicy(int supervisionIntervalDays, int dbsRenewalWarningDays, int kitDueBackWarningDays) {

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
        boolean checked = f.status() == VolunteerStatus.READY || f.status() == VolunteerStatus.ACTIVE
                || f.status() == VolunteerStatus.PAUSED;
        if (checked && f.dbsRenewalDue() != null) {
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
}
