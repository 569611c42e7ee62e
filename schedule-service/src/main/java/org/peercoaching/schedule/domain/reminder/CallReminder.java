package org.peercoaching.schedule.domain.reminder;

import java.time.Instant;
import java.util.UUID;

/** A reminder the day before a call. The channel looks up the coach's contact details itself. */
public record CallReminder(UUID callId, UUID coachId, UUID planId, int callNumber, Instant startsAt) {}
