package org.peercoaching.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The safeguarding holds and DBS reminders as FlagPolicy works them out (supervision every 31 days, 14 days' grace). */
class SafeguardingHoldRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    final FlagPolicy policy = new FlagPolicy(31, 30, 14);

    static FlagPolicy.Facts coach(VolunteerStatus status, LocalDate activated, LocalDate lastSupervised,
            LocalDate dbsRenewal) {
        return new FlagPolicy.Facts(status, activated == null ? null
                : activated.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(43200), lastSupervised, dbsRenewal,
                null, Device.OWN_DEVICE, null);
    }

    static FlagPolicy.Facts active(LocalDate lastSupervised, LocalDate dbsRenewal) {
        return coach(VolunteerStatus.ACTIVE, TODAY.minusYears(1), lastSupervised, dbsRenewal);
    }

    @Test
    void aDbsCheckIsOnHoldFromItsRenewalDateNotTheDayBefore() {
        assertEquals(List.of(), policy.holds(active(TODAY, TODAY.plusDays(1)), TODAY));
        assertEquals(List.of(new Hold(Hold.Reason.DBS_EXPIRED, TODAY)), policy.holds(active(TODAY, TODAY), TODAY));
        assertEquals("On hold: DBS check expired on 15 March 2027",
                policy.holds(active(TODAY, TODAY), TODAY).get(0).description());
    }

    @Test
    void readyAndPausedCoachesAreHeldForAnExpiredDbsButApplicantsAndLeaversAreNot() {
        assertEquals(1, policy.holds(coach(VolunteerStatus.READY, null, null, TODAY.minusDays(1)), TODAY).size());
        assertEquals(1, policy.holds(coach(VolunteerStatus.PAUSED, TODAY.minusYears(1), null, TODAY.minusDays(1)), TODAY)
                .size());
        assertEquals(List.of(), policy.holds(coach(VolunteerStatus.APPLICANT, null, null, TODAY.minusDays(1)), TODAY));
        assertEquals(List.of(), policy.holds(coach(VolunteerStatus.LEFT, TODAY.minusYears(1), null, TODAY.minusDays(1)),
                TODAY));
    }

    @Test
    void supervisionOverdueHoldsACoachOnlyAfterTheGracePeriod() {
        LocalDate lastSupervised = TODAY.minusDays(31 + 14);
        assertEquals(List.of(), policy.holds(active(lastSupervised, TODAY.plusYears(1)), TODAY));
        List<Hold> holds = policy.holds(active(lastSupervised.minusDays(1), TODAY.plusYears(1)), TODAY);
        // overdue since the day after it was due (last supervised + 31 + 1)
        assertEquals(List.of(new Hold(Hold.Reason.SUPERVISION_OVERDUE, lastSupervised.minusDays(1).plusDays(32))), holds);
        assertEquals("On hold: supervision overdue since 1 March 2027", holds.get(0).description());
    }

    @Test
    void aPausedCoachIsNotHeldForSupervision() {
        assertEquals(List.of(), policy.holds(coach(VolunteerStatus.PAUSED, TODAY.minusYears(1), TODAY.minusDays(200),
                TODAY.plusYears(1)), TODAY));
    }

    @Test
    void dbsRemindersAreDueAtSixtyThirtyAndSevenDaysTheNearestFirst() {
        assertEquals(Optional.empty(), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(61)), TODAY));
        assertEquals(Optional.of(60), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(60)), TODAY));
        assertEquals(Optional.of(60), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(31)), TODAY));
        assertEquals(Optional.of(30), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(30)), TODAY));
        assertEquals(Optional.of(7), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(7)), TODAY));
        assertEquals(Optional.of(7), policy.dbsReminderDue(active(TODAY, TODAY.plusDays(1)), TODAY));
        assertEquals(Optional.empty(), policy.dbsReminderDue(active(TODAY, TODAY), TODAY), "expired: a hold, not a reminder");
        assertEquals(Optional.empty(), policy.dbsReminderDue(
                coach(VolunteerStatus.APPLICANT, null, null, TODAY.plusDays(7)), TODAY));
    }

    /**
     * Walking day by day, the days on which holds or the reminder due change are exactly those nextChangeAfter
     * names, for seeded random coaches: the simulated clock can jump from one to the next and miss nothing.
     */
    @Test
    void nextChangeAfterNamesEveryDayOnWhichTimeAloneChangesHoldsOrReminders() {
        Random random = new Random(16);
        VolunteerStatus[] statuses = {VolunteerStatus.READY, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED,
                VolunteerStatus.APPLICANT};
        for (int i = 0; i < 300; i++) {
            VolunteerStatus status = statuses[random.nextInt(statuses.length)];
            FlagPolicy.Facts f = coach(status, TODAY.minusDays(random.nextInt(100)),
                    random.nextBoolean() ? TODAY.minusDays(random.nextInt(80)) : null,
                    random.nextInt(10) == 0 ? null : TODAY.plusDays(random.nextInt(200) - 20));
            List<LocalDate> changes = new ArrayList<>();
            for (LocalDate day = TODAY.plusDays(1); day.isBefore(TODAY.plusDays(260)); day = day.plusDays(1)) {
                if (!policy.holds(f, day).equals(policy.holds(f, day.minusDays(1)))
                        || !policy.dbsReminderDue(f, day).equals(policy.dbsReminderDue(f, day.minusDays(1)))
                                && policy.dbsReminderDue(f, day).isPresent()) {
                    changes.add(day);
                }
            }
            LocalDate from = TODAY;
            for (LocalDate change : changes) {
                Optional<LocalDate> next = policy.nextChangeAfter(f, from);
                assertTrue(next.isPresent() && !next.get().isAfter(change), f + ": " + change + " missed, next " + next);
                from = change;
            }
        }
    }
}
