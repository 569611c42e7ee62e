package org.peercoaching.events.volunteer;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A coach's DBS check falls due for renewal in {@code daysBefore} days (60, 30 or 7); sent once for each of
 * those days and each renewal date, for the coach's coordinator.
 */
public record DbsRenewalReminderV1(
        UUID volunteerId,
        String coordinatorId,
        String firstName,
        LocalDate renewalDue,
        int daysBefore) {}
