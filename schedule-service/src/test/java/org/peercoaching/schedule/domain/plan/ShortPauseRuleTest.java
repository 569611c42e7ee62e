package org.peercoaching.schedule.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peercoaching.schedule.domain.plan.ShortPauseRule.BookedCall;
import org.peercoaching.schedule.domain.plan.ShortPauseRule.Change;
import org.peercoaching.schedule.domain.plan.ShortPauseRule.Person;

/** Which calls a coach's short pause moves and which it skips (4 January 2027 is a Monday; London is on UTC). */
class ShortPauseRuleTest {

    static final CallSlotter.Window TUESDAY = new CallSlotter.Window(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
    static final CallSlotter.Window MONDAY = new CallSlotter.Window(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(20, 0));
    static final Instant PAUSE_STARTS = Instant.parse("2027-01-04T12:00:00Z");
    static final LocalDate BACK_ON = LocalDate.of(2027, 1, 18);

    final ShortPauseRule rule = new ShortPauseRule(new CallSlotter(Duration.ofMinutes(30)));

    static BookedCall call(String at, int intervalWeeks) {
        return new BookedCall(UUID.randomUUID(), Instant.parse(at), intervalWeeks);
    }

    static Person person(List<CallSlotter.Window> windows, BookedCall... calls) {
        return new Person(UUID.randomUUID(), windows, windows, List.of(calls));
    }

    @Test
    void weeklyCallsInThePauseAreSkippedBecauseTheCadenceLeavesNoRoomBeforeTheNextCall() {
        BookedCall first = call("2027-01-05T18:00:00Z", 1);
        BookedCall second = call("2027-01-12T18:00:00Z", 1);
        BookedCall afterPause = call("2027-01-19T18:00:00Z", 1);
        List<Change> changes = rule.changes(PAUSE_STARTS, BACK_ON, List.of(person(List.of(TUESDAY), first, second, afterPause)),
                List.of());
        assertEquals(2, changes.size());
        assertEquals(List.of(first.callId(), second.callId()), changes.stream().map(Change::callId).toList());
        assertTrue(changes.stream().allMatch(Change::skipped));
    }

    @Test
    void aMonthlyCallInThePauseMovesToTheFirstFreeTimeAfterItAndCallsOutsideThePauseStay() {
        BookedCall before = call("2027-01-04T10:00:00Z", 4);
        BookedCall inPause = call("2027-01-12T18:00:00Z", 4);
        BookedCall next = call("2027-02-09T18:00:00Z", 4);
        List<Change> changes = rule.changes(PAUSE_STARTS, BACK_ON,
                List.of(person(List.of(MONDAY, TUESDAY), before, inPause, next)), List.of());
        assertEquals(List.of(new Change(changes.get(0).planId(), inPause.callId(), inPause.startsAt(),
                Instant.parse("2027-01-18T18:00:00Z"))), changes);
    }

    @Test
    void aFortnightlyCallMovesToTheFirstSharedTimeAfterThePauseWhenThatIsBeforeTheNextCall() {
        BookedCall inPause = call("2027-01-12T18:00:00Z", 2);
        BookedCall next = call("2027-01-26T18:00:00Z", 2);
        Change change = rule.changes(PAUSE_STARTS, BACK_ON, List.of(person(List.of(TUESDAY), inPause, next)), List.of())
                .get(0);
        assertEquals(Instant.parse("2027-01-19T18:00:00Z"), change.to());
    }

    @Test
    void twoPeopleMovedAfterThePauseNeverGetTheSameTimeNorOneOfTheCoachsOtherCalls() {
        BookedCall anna = call("2027-01-11T18:00:00Z", 4);
        BookedCall ben = call("2027-01-12T18:00:00Z", 4);
        List<CallSlotter.Busy> otherCall = List.of(new CallSlotter.Busy(Instant.parse("2027-01-18T18:00:00Z"),
                Instant.parse("2027-01-18T18:30:00Z")));
        List<Change> changes = rule.changes(PAUSE_STARTS, BACK_ON,
                List.of(person(List.of(MONDAY), ben), person(List.of(MONDAY), anna)), otherCall);
        assertEquals(List.of(anna.callId(), ben.callId()), changes.stream().map(Change::callId).toList());
        assertEquals(Instant.parse("2027-01-18T18:30:00Z"), changes.get(0).to());
        assertEquals(Instant.parse("2027-01-18T19:00:00Z"), changes.get(1).to());
    }

    @Test
    void aCallThatWouldLandOnTheDayOfThePersonsNextCallIsSkipped() {
        BookedCall inPause = call("2027-01-12T18:00:00Z", 4);
        BookedCall next = call("2027-01-18T19:00:00Z", 4);
        Change change = rule.changes(PAUSE_STARTS, BACK_ON, List.of(person(List.of(MONDAY), inPause, next)), List.of())
                .get(0);
        assertTrue(change.skipped());
    }

    @Test
    void aPauseEndingBeforeItStartsChangesNothing() {
        BookedCall inPause = call("2027-01-05T18:00:00Z", 4);
        assertEquals(List.of(), rule.changes(PAUSE_STARTS, LocalDate.of(2027, 1, 4),
                List.of(person(List.of(TUESDAY), inPause)), List.of()));
    }

    @Test
    void theCoachIsBackFromTheStartOfTheirReturnDayInLondon() {
        assertEquals(Instant.parse("2027-07-12T23:00:00Z"), ShortPauseRule.backAt(LocalDate.of(2027, 7, 13)));
    }
}
