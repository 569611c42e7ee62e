package org.peercoaching.schedule.domain.reminder;

/** How a coach is reminded of tomorrow's calls (text, email, app push): one implementation per channel. */
public interface ReminderChannel {

    void send(CallReminder reminder);
}
