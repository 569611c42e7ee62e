package org.peercoaching.schedule.domain.reminder;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The default channel: writes that a reminder is due, with ids and the time only (never a name or phone). */
@ApplicationScoped
@DefaultBean
public class LoggingReminderChannel implements ReminderChannel {

    private static final Logger LOG = Logger.getLogger(LoggingReminderChannel.class);

    @Override
    public void send(CallReminder reminder) {
        LOG.infof("Reminder: coach %s has call %s (call %d of plan %s) at %s", reminder.coachId(), reminder.callId(),
                reminder.callNumber(), reminder.planId(), reminder.startsAt());
    }
}
