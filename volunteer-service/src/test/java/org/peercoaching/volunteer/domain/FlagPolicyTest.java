package org.peercoaching.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final FlagPolicy policy = new FlagPolicy(31, 30, 14);

    static FlagPolicy.Facts active(LocalDate activated, LocalDate lastSupervised, LocalDate dbsRenewal) {
        return new FlagPolicy.Facts(VolunteerStatus.ACTIVE, activated.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(43200),
                lastSupervised, dbsRenewal, null, Device.OWN_DEVICE, null);
    }

    @Test
    void aNewlyActiveCoachIsDueSupervisionWithinTheIntervalOfActivation() {
        assertEquals(Set.of(), policy.flags(active(TODAY.minusDays(31), null, TODAY.plusYears(2)), TODAY));
        assertEquals(Set.of(Flag.SUPERVISION_OVERDUE),
                policy.flags(active(TODAY.minusDays(32), null, TODAY.plusYears(2)), TODAY));
    }

    @Test
    void attendingSupervisionResetsTheInterval() {
        assertEquals(Set.of(), policy.flags(active(TODAY.minusDays(200), TODAY.minusDays(10), TODAY.plusYears(2)), TODAY));
        assertEquals(Set.of(Flag.SUPERVISION_OVERDUE),
                policy.flags(active(TODAY.minusDays(200), TODAY.minusDays(40), TODAY.plusYears(2)), TODAY));
        assertEquals(TODAY.minusDays(10).plusDays(31),
                policy.supervisionDueBy(active(TODAY.minusDays(200), TODAY.minusDays(10), TODAY.plusYears(2))));
    }

    @Test
    void aDbsRenewalWithin30DaysIsFlaggedAndAPassedOneIsExpired() {
        assertEquals(Set.of(), policy.flags(active(TODAY, null, TODAY.plusDays(31)), TODAY));
        assertEquals(Set.of(Flag.DBS_RENEWAL_DUE), policy.flags(active(TODAY, null, TODAY.plusDays(30)), TODAY));
        assertEquals(Set.of(Flag.DBS_RENEWAL_DUE), policy.flags(active(TODAY, null, TODAY.plusDays(1)), TODAY));
        assertEquals(Set.of(Flag.DBS_EXPIRED), policy.flags(active(TODAY, null, TODAY), TODAY));
    }

    @Test
    void theIntervalsAreConfigurable() {
        FlagPolicy strict = new FlagPolicy(14, 60, 14);
        assertEquals(Set.of(Flag.SUPERVISION_OVERDUE, Flag.DBS_RENEWAL_DUE),
                strict.flags(active(TODAY.minusDays(15), null, TODAY.plusDays(45)), TODAY));
    }

    @Test
    void pausedCoachesAreNotChasedForSupervisionButAnOverrunPauseIsFlagged() {
        FlagPolicy.Facts paused = new FlagPolicy.Facts(VolunteerStatus.PAUSED, TODAY.minusDays(300)
                .atStartOfDay().toInstant(ZoneOffset.UTC), null, TODAY.plusYears(1), TODAY.minusDays(1),
                Device.OWN_DEVICE, null);
        assertEquals(Set.of(Flag.PAUSE_OVERRUN), policy.flags(paused, TODAY));
    }

    @Test
    void borrowedKitDueBackSoonIsFlaggedAndCoachesWhoLeftCarryNoFlags() {
        FlagPolicy.Facts kit = new FlagPolicy.Facts(VolunteerStatus.READY, null, null, null, null,
                Device.BORROWED_KIT, TODAY.plusDays(14));
        assertEquals(Set.of(Flag.KIT_DUE_BACK), policy.flags(kit, TODAY));
        FlagPolicy.Facts left = new FlagPolicy.Facts(VolunteerStatus.LEFT, null, null, TODAY.minusDays(1), null,
                Device.BORROWED_KIT, TODAY.minusDays(1));
        assertEquals(Set.of(), policy.flags(left, TODAY));
    }

    @Test
    void applicantsAreNotFlaggedForAMissingOrOldDbs() {
        FlagPolicy.Facts applicant = new FlagPolicy.Facts(VolunteerStatus.APPLICANT, null, null, TODAY.minusDays(5),
                null, Device.OWN_DEVICE, null);
        assertEquals(Set.of(), policy.flags(applicant, TODAY));
    }
}
