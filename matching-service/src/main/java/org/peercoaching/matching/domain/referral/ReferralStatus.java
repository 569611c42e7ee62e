package org.peercoaching.matching.domain.referral;

/** Where a referral stands, as a pathway system sees it. */
public enum ReferralStatus {
    RECEIVED("Received; not yet assessed"),
    INELIGIBLE("Not eligible for peer coaching"),
    WAITING("Waiting for a coach with room who fits"),
    PROPOSED("A coach has been proposed and is waiting for a coordinator to confirm"),
    MATCHED("Matched with a coach; calls are being arranged"),
    IN_PROGRAMME("In the coaching programme"),
    GRADUATED("Finished the programme"),
    WITHDRAWN("Withdrawn by the pathway"),
    ENDED("Ended before graduation");

    private final String description;

    ReferralStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
