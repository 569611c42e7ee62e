package org.peercoaching.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The DBS renewal reminders already sent: one per coach, renewal date and number of days before it. */
@ApplicationScoped
public class DbsReminderRepository {

    public record Sent(UUID volunteerId, LocalDate renewalDue, int daysBefore) {}

    private final EntityManager em;

    public DbsReminderRepository(EntityManager em) {
        this.em = em;
    }

    public boolean wasSent(Sent reminder) {
        return !em.createNativeQuery("select 1 from dbs_renewal_reminder where volunteer_id = :v and renewal_due = :d"
                        + " and days_before = :n")
                .setParameter("v", reminder.volunteerId()).setParameter("d", reminder.renewalDue())
                .setParameter("n", reminder.daysBefore())
                .getResultList().isEmpty();
    }

    public void record(Sent reminder, Instant at) {
        em.createNativeQuery("insert into dbs_renewal_reminder (volunteer_id, renewal_due, days_before, sent_at)"
                        + " values (:v, :d, :n, :at)")
                .setParameter("v", reminder.volunteerId()).setParameter("d", reminder.renewalDue())
                .setParameter("n", reminder.daysBefore()).setParameter("at", at)
                .executeUpdate();
    }

    /** Reminders for renewal dates after the given day: the only ones that can still be due. */
    @SuppressWarnings("unchecked")
    public Set<Sent> sentForRenewalsAfter(LocalDate day) {
        Set<Sent> sent = new HashSet<>();
        for (Object[] row : (java.util.List<Object[]>) em.createNativeQuery(
                        "select cast(volunteer_id as varchar(36)), renewal_due, days_before from dbs_renewal_reminder"
                                + " where renewal_due > :d")
                .setParameter("d", day).getResultList()) {
            sent.add(new Sent(toUuid(row[0]), toDate(row[1]), ((Number) row[2]).intValue()));
        }
        return sent;
    }

    private static UUID toUuid(Object value) {
        return value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
