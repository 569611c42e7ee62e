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

    /** From this competence level a coach is supervised in a group rather than one-to-one. */
    @WithDefault("2")
    int groupSupervisionFromCompetence();
}
