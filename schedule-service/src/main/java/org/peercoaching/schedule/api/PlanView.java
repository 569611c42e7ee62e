package org.peercoaching.schedule.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peercoaching.schedule.domain.call.ScheduledCall;
import org.peercoaching.schedule.domain.plan.CallPlan;
import org.peercoaching.schedule.domain.plan.StageEarlyEnd;

/**
 * A person's plan for coordinators: where they are in the taper, its steady call slot, every call so far and
 * any stage a coordinator ended early. No notes.
 */
public record PlanView(@Schema(required = true) UUID planId, @Schema(required = true) UUID referralId,
        @Schema(required = true) UUID matchId, @Schema(required = true) UUID coachId,
        @Schema(required = true) String stage, @Schema(required = true) String status,
        @Schema(required = true) int totalCalls, @Schema(required = true) int callsCompleted,
        @Schema(description = "Null until the follow-up measure is recorded") String activationInstrument,
        @Schema(description = "Null until the follow-up measure is recorded") BigDecimal activationBefore,
        @Schema(description = "Null until the follow-up measure is recorded") BigDecimal activationAfter,
        @Schema(description = "The steady call slot's weekday, kept across stages", example = "TUESDAY")
        String slotDay,
        @Schema(description = "The steady call slot's Europe/London wall-clock time", example = "18:00")
        String slotTimeLondon,
        @Schema(description = "When the current stage's planned time ends (its last planned call), UTC",
                example = "2027-01-12T18:00:00Z")
        Instant stageEndsAt,
        @Schema(required = true) List<CallView> calls, @Schema(required = true) List<EarlyEnd> earlyStageEnds,
        @Schema(nullable = true, description = "The last call they talked (completed): its goal and confidence, for"
                + " the coordinator's coach page; null before the first. Never the call's notes") LastTalk lastTalk) {

    /** The goal, next step and confidence the coach recorded on the last completed call. */
    public record LastTalk(@Schema(required = true) int callNumber,
            @Schema(required = true, description = "UTC", example = "2026-12-01T18:00:00Z") Instant startsAt,
            @Schema(nullable = true, description = "1 to 10") Integer confidence,
            @Schema(nullable = true) String goal, @Schema(nullable = true) String wayForward) {

        static LastTalk of(List<ScheduledCall> calls) {
            return calls.stream().filter(c -> c.status.name().equals("COMPLETED"))
                    .max(java.util.Comparator.comparing((ScheduledCall c) -> c.startsAt))
                    .map(c -> new LastTalk(c.callNumber, c.startsAt, c.confidence, c.goalGoal, c.goalWayForward))
                    .orElse(null);
        }
    }

    /** A coordinator's recorded decision to end a stage before its planned time. */
    public record EarlyEnd(@Schema(required = true) String stage, @Schema(required = true) String reason,
            @Schema(required = true) int callsClosed, @Schema(required = true) String decidedBy,
            @Schema(required = true, description = "UTC", example = "2026-12-01T10:00:00Z") Instant decidedAt) {}

    static PlanView of(CallPlan p, List<ScheduledCall> calls, List<StageEarlyEnd> earlyEnds) {
        int done = (int) calls.stream().filter(c -> c.status.name().equals("COMPLETED")).count();
        return new PlanView(p.id, p.referralId, p.matchId, p.coachId, p.stage, p.status.name(), p.totalCalls, done,
                p.activationInstrument, p.activationBefore, p.activationAfter,
                p.slotDay == null ? null : p.slotDay.name(), p.slotTime == null ? null : p.slotTime.toString(),
                p.stageEndsAt, calls.stream().map(CallView::of).toList(),
                earlyEnds.stream().map(e -> new EarlyEnd(e.stage, e.reason, e.callsClosed, e.decidedBy, e.decidedAt))
                        .toList(), LastTalk.of(calls));
    }
}
