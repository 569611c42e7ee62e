package org.peercoaching.volunteer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The coordinator's thresholds; each can be changed per deployment without a release. */
@ConfigMapping(prefix = "peercoaching.volunteer")
public interface VolunteerConfig {

    /** An active coach is overdue for supervision this many days after their last session (or activation). */
    @WithDefault("31")
    int supervisionIntervalDays();

    /** Flag a DBS check whose renewal falls due within this many days. */
    @WithDefault("30")
    int dbsRenewalWarningDays();

    /** Flag borrowed kit due back within this many days. */
    @WithDefault("14")
    int kitDueBackWarningDays();

    /** Supervision may be overdue this many days before the coach is held back from new people. */
    @WithDefault("14")
    int supervisionHoldGraceDays();

    /** Remind the coordinator this many days before a DBS renewal date, once each. */
    @WithDefault("60,30,7")
    java.util.List<Integer> dbsReminderDays();

    /** From this competence level a coach is supervised in a group rather than one-to-one. */
    @WithDefault("2")
    int groupSupervisionFromCompetence();

    /** How often the time-driven jobs run (read by their @Scheduled expressions). */
    Jobs jobs();

    interface Jobs {
        /** The safeguarding holds and DBS reminders re-evaluation (SafeguardingJob). */
        @WithDefault("1h")
        String safeguardingEvery();
    }
}
