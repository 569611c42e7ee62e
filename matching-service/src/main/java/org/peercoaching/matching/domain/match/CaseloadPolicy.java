package org.peercoaching.matching.domain.match;

/**
 * How many people a coach may take on. A new coach starts with two people on weekly calls; the
 * growth with the taper (one more at fortnightly, two more at monthly) arrives with the schedule's
 * stage events.
 */
public final class CaseloadPolicy {

    private final int startingCaseload;

    public CaseloadPolicy(int startingCaseload) {
        this.startingCaseload = startingCaseload;
    }

    public boolean hasRoom(long currentPeople) {
        return currentPeople < startingCaseload;
    }
}
