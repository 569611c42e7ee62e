package org.peercoaching.schedule.domain.plan;

/** A request the plan's rules refuse; the message is plain English for the caller (422). */
public class PlanRuleException extends RuntimeException {

    public PlanRuleException(String message) {
        super(message);
    }
}
