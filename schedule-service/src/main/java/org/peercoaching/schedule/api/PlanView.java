package org.peercoaching.schedule.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;

/** A person's plan for coordinators: where they are in the taper and every call so far. No notes. */
public record PlanView(UUID planId, UUID referralId, UUID matchId, UUID coachId, String stage, String status,
        int totalCalls, int callsCompleted, String activationInstrument, BigDecimal activationBefore,
        BigDecimal activationAfter, List<CallView> calls) {

    static PlanView of(CallPlan p, List<ScheduledCall> calls) {
        int done = (int) calls.stream().filter(c -> c.status.name().equals("COMPLETED")).count();
        return new PlanView(p.id, p.referralId, p.matchId, p.coachId, p.stage, p.status.name(), p.totalCalls, done,
                p.activationInstrument, p.activationBefore, p.activationAfter,
                calls.stream().map(CallView::of).toList());
    }
}
