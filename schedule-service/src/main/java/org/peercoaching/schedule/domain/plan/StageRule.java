package org.peercoaching.schedule.domain.plan;

import java.time.Instant;
import java.util.Optional;
import org.peercoaching.programme.TaperTemplate;

/**
 * When a plan moves on, and where the next stage's first call falls. Pure: a stage ends
 * when its planned time has passed (its last planned call's time) and none of its calls is still to
 * happen (each was recorded, or marked missed once its time and grace had passed); cancellations never
 * end it early, only a coordinator's recorded decision does. The next stage's first call is one of its
 * own intervals after the stage's last planned call, at the plan's steady slot.
 */
public final class StageRule {

    private StageRule() {}

    /** The stage to move to (a template stage or GRADUATED), or empty while calls are still to happen. */
    public static Optional<String> nextStage(TaperTemplate template, int stageIndex, long callsStillToHappen) {
        if (callsStillToHappen > 0) {
            return Optional.empty();
        }
        return Optional.of(template.hasStageAfter(stageIndex) ? template.stage(stageIndex + 1).name()
                : CallPlan.GRADUATED);
    }

    /** Whether the stage's planned time is over (a plan from before stage times have none: it is). */
    public static boolean plannedTimeHasPassed(Instant stageEndsAt, Instant now) {
        return stageEndsAt == null || !now.isBefore(stageEndsAt);
    }

    /**
     * The next stage's first call: the steady slot in the week the stage ended, plus the next stage's
     * interval (exactly 14 or 28 days after a last call kept at the slot); whole intervals later if that
     * is already too soon.
     */
    public static Instant nextStageFirstCall(CallSlotter.Slot slot, Instant stageEnded, TaperTemplate.Stage next,
            Instant notBefore) {
        Instant first = CallSlotter.Slot.weeksLater(slot.inWeekOf(stageEnded), next.intervalWeeks());
        while (first.isBefore(notBefore)) {
            first = CallSlotter.Slot.weeksLater(first, next.intervalWeeks());
        }
        return first;
    }
}
