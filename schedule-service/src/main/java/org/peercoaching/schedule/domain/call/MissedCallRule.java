package org.peercoaching.schedule.domain.call;

import java.util.List;

/** Three missed calls in a row (no answer, or not made) alert the coordinator, once per run. Pure. */
public final class MissedCallRule {

    private MissedCallRule() {}

    /**
     * The run of missed calls at the end of a person's history (statuses in time order). A completed
     * call ends a run; calls still to come, cancelled or moved calls neither count nor break it.
     */
    public static int missedInARow(List<CallStatus> inTimeOrder) {
        int run = 0;
        for (CallStatus status : inTimeOrder) {
            if (status.isMissed()) {
                run++;
            } else if (status == CallStatus.COMPLETED) {
                run = 0;
            }
        }
        return run;
    }

    /** Whether a run of this many missed calls in a row is the one that raises the alert. */
    public static boolean alertsAt(int missedInARow) {
        return missedInARow == CallOutcomes.MISSED_IN_A_ROW_ALERT;
    }
}
